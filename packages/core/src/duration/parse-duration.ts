import type { Duration } from "../model/duration.js";
import { readAmount } from "./read-amount.js";
import { readSameDay } from "./read-same-day.js";

/**
 * Understands a duration as officials write it ("15 phút", "0,5 ngày", "Không quá 03 ngày làm việc",
 * "Trong ngày; ... sau 15 giờ ...", "2 hours"); anything else, including empty text, is `unparsed`.
 * `text` keeps the input (NFC, outer spaces trimmed); matching ignores case and extra spaces.
 */
export function parseDuration(text: string): Duration {
  const kept = text.normalize("NFC").trim();
  const lower = kept
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .replace(/[\s.;,:]+$/u, "");
  if (lower === "") return { text: kept, kind: "unparsed" };
  return readSameDay(kept, lower) ?? readAmount(kept, lower) ?? { text: kept, kind: "unparsed" };
}
