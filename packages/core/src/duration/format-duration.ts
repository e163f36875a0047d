import type { Language } from "../model/document-control.js";
import type { DurationUnit } from "../model/duration.js";
import { minutesPerUnit, type WorkingTimeOptions } from "./working-time.js";

/** Options for writing a number of working minutes. */
export interface FormatDurationOptions extends WorkingTimeOptions {
  /** Language of the unit words and decimal mark; default `vi` (decimal comma). */
  lang?: Language;
  /** Write in this unit ("0,5 ngày") instead of choosing one. */
  unit?: DurationUnit;
}

const WORDS: Record<Language, Record<DurationUnit, [one: string, many: string]>> = {
  vi: {
    minute: ["phút", "phút"],
    hour: ["giờ", "giờ"],
    day: ["ngày", "ngày"],
    week: ["tuần", "tuần"],
    month: ["tháng", "tháng"],
  },
  en: {
    minute: ["minute", "minutes"],
    hour: ["hour", "hours"],
    day: ["day", "days"],
    week: ["week", "weeks"],
    month: ["month", "months"],
  },
};

/**
 * Writes working minutes for people: whole or two-decimal days ("1,5 ngày") from one day up, else
 * hours ("1,5 giờ"), else hours and minutes ("1 giờ 40 phút"), else minutes ("45 phút").
 * Vietnamese uses a decimal comma, English a point; `parseDuration` reads every result back.
 */
export function formatDuration(minutes: number, options: FormatDurationOptions = {}): string {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a finite number >= 0, got ${minutes}`);
  }
  const lang = options.lang ?? "vi";
  if (options.unit !== undefined) return amountIn(minutes, options.unit, lang, options);
  const day = minutesPerUnit("day", options);
  if (minutes >= day && hasTwoDecimals(minutes / day))
    return amountIn(minutes, "day", lang, options);
  if (minutes >= 60 && hasTwoDecimals(minutes / 60))
    return amountIn(minutes, "hour", lang, options);
  if (minutes > 60) {
    const hours = Math.floor(minutes / 60);
    return `${amountIn(hours * 60, "hour", lang, options)} ${amountIn(minutes - hours * 60, "minute", lang, options)}`;
  }
  return amountIn(minutes, "minute", lang, options);
}

function amountIn(
  minutes: number,
  unit: DurationUnit,
  lang: Language,
  options: WorkingTimeOptions,
): string {
  const value = Math.round((minutes / minutesPerUnit(unit, options)) * 100) / 100;
  const written = lang === "vi" ? String(value).replace(".", ",") : String(value);
  const [one, many] = WORDS[lang][unit];
  return `${written} ${value === 0 || value > 1 ? many : one}`;
}

function hasTwoDecimals(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}
