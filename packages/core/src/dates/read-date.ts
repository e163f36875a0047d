import { toIsoDate } from "./iso-date.js";

/** A date found at the start of a string: its ISO form (if it exists) and how many characters it used. */
export interface DateMatch {
  /** `YYYY-MM-DD`, or `undefined` when the text has a date's shape but the date does not exist. */
  iso: string | undefined;
  length: number;
}

const NUMERIC = /^(?:ngày\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/iu;
const WORDS = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s*năm\s+(\d{4})(?!\d)/iu;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/u;

/**
 * Reads a date written the Vietnamese way at the very start of `text` (already NFC):
 * `15/11/2015`, `15-11-2015`, `15.11.2015`, `ngày 15 tháng 11 năm 2015`, or ISO `2015-11-15`.
 */
export function readDateAt(text: string): DateMatch | undefined {
  const numeric = NUMERIC.exec(text);
  if (numeric) return found(numeric[0], numeric[4], numeric[3], numeric[1]);
  const words = WORDS.exec(text);
  if (words) return found(words[0], words[3], words[2], words[1]);
  const iso = ISO.exec(text);
  if (iso) return found(iso[0], iso[1], iso[2], iso[3]);
  return undefined;
}

function found(
  match: string,
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): DateMatch {
  return { iso: toIsoDate(Number(year), Number(month), Number(day)), length: match.length };
}
