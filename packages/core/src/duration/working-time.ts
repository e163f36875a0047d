import type { DurationUnit } from "../model/duration.js";

/** Options for converting durations to working minutes. */
export interface WorkingTimeOptions {
  /** Working hours in a working day; default 8. */
  hoursPerDay?: number;
}

/** Working hours in a day unless told otherwise (8, the civil-service working day). */
export const DEFAULT_HOURS_PER_DAY = 8;
/** Working days in a week (Monday to Friday). */
export const WORKING_DAYS_PER_WEEK = 5;
/** Working days counted for a month (22, the usual number of working days in a month). */
export const WORKING_DAYS_PER_MONTH = 22;

/** How many working minutes one `unit` lasts, for a working day of `hoursPerDay` hours. */
export function minutesPerUnit(unit: DurationUnit, options: WorkingTimeOptions = {}): number {
  const day = hoursPerDayOf(options) * 60;
  switch (unit) {
    case "minute":
      return 1;
    case "hour":
      return 60;
    case "day":
      return day;
    case "week":
      return day * WORKING_DAYS_PER_WEEK;
    case "month":
      return day * WORKING_DAYS_PER_MONTH;
  }
}

/** The `hoursPerDay` option checked: a positive number of hours no longer than a day. */
function hoursPerDayOf(options: WorkingTimeOptions): number {
  const hours = options.hoursPerDay ?? DEFAULT_HOURS_PER_DAY;
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24) {
    throw new RangeError(`hoursPerDay must be a number of hours in (0, 24], got ${hours}`);
  }
  return hours;
}
