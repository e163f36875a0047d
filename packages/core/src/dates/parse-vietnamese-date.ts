import { readDateAt } from "./read-date.js";

/**
 * Parses a whole date as officials write it (`15/11/2015`, `5/1/2025`, `15-11-2015`,
 * `ngày 15 tháng 11 năm 2015`, `2015-11-15`) into `YYYY-MM-DD`; `undefined` if it is not a real date.
 */
export function parseVietnameseDate(text: string): string | undefined {
  const clean = text.normalize("NFC").trim().replace(/\s+/gu, " ");
  const match = readDateAt(clean);
  return match && match.length === clean.length ? match.iso : undefined;
}
