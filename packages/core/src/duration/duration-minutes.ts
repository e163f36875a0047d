import type { Duration } from "../model/duration.js";
import { minutesPerUnit, type WorkingTimeOptions } from "./working-time.js";

/**
 * The working minutes a duration lasts (8-hour day, 5-day week, 22-day month unless `hoursPerDay`
 * says otherwise); `undefined` for same-day and unparsed durations, which have no fixed length.
 * A maximum ("không quá 3 ngày") counts as its full amount.
 */
export function durationMinutes(
  duration: Duration,
  options: WorkingTimeOptions = {},
): number | undefined {
  if (duration.kind !== "amount" || duration.amount === undefined || duration.unit === undefined) {
    return undefined;
  }
  return Math.round(duration.amount * minutesPerUnit(duration.unit, options) * 1e6) / 1e6;
}
