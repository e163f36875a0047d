import type { Duration } from "../model/duration.js";

const NOT_WORD = String.raw`(?![\p{L}\p{N}])`;
const SAME_DAY_VI = new RegExp(
  String.raw`^trong\s+(?:cùng\s+)?ngày(\s+làm\s+việc)?${NOT_WORD}`,
  "u",
);
const SAME_DAY_EN = new RegExp(
  String.raw`^(?:within\s+the\s+|on\s+the\s+|the\s+)?same(?:\s+|-)((?:working|business)\s+)?day${NOT_WORD}`,
  "u",
);
const NEXT = new RegExp(String.raw`^\s*(?:tiếp\s+theo|kế\s+tiếp)${NOT_WORD}`, "u");
const CLOCK = new RegExp(
  String.raw`(?<!\p{N})(\d{1,2})\s*(?::|h|giờ|g)\s*(?:(\d{1,2})(?:\s*phút)?)?\s*(am|pm)?${NOT_WORD}`,
  "u",
);
const CLOCK_AM_PM = new RegExp(String.raw`(?<!\p{N})(\d{1,2})\s*(am|pm)${NOT_WORD}`, "u");

/**
 * Reads "Trong ngày", "trong ngày làm việc" or "same day" at the start of `lower` (NFC, lower case,
 * single spaces), with the cut-off hour of a rule such as "nhận hồ sơ sau 15 giờ thì trả ... hôm sau".
 * "Trong ngày làm việc tiếp theo" (by the end of the next working day) is at most one working day.
 */
export function readSameDay(text: string, lower: string): Duration | undefined {
  const head = SAME_DAY_VI.exec(lower) ?? SAME_DAY_EN.exec(lower);
  if (!head) return undefined;
  if (NEXT.test(lower.slice(head[0].length))) {
    return {
      text,
      kind: "amount",
      amount: 1,
      unit: "day",
      bound: "max",
      working: head[1] !== undefined,
    };
  }
  const cutoff = readCutoff(lower.slice(head[0].length));
  const same: Duration = { text, kind: "same-day", working: head[1] !== undefined };
  return cutoff === undefined ? same : { ...same, cutoff };
}

/** The first clock time in `rest` as `HH:MM` ("15 giờ", "15h30", "15:00", "3 pm"), if valid. */
function readCutoff(rest: string): string | undefined {
  const clock = CLOCK.exec(rest);
  if (clock) return clockTime(clock[1], clock[2], clock[3]);
  const amPm = CLOCK_AM_PM.exec(rest);
  return amPm ? clockTime(amPm[1], undefined, amPm[2]) : undefined;
}

function clockTime(
  hourText: string | undefined,
  minuteText: string | undefined,
  half: string | undefined,
): string | undefined {
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === "pm" ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
