import type { Duration, DurationUnit } from "../model/duration.js";

const NOT_WORD = String.raw`(?![\p{L}\p{N}])`;
const NOT_LETTER = String.raw`(?!\p{L})`;

const BOUND = String.raw`(?:(không\s+(?:vượt\s+)?quá|tối\s+đa|chậm\s+nhất|trong\s+vòng|trong\s+thời\s+(?:hạn|gian)|trong|within|up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|maximum(?:\s+of)?|max)\s*:?\s+)?`;
const WORD_NUMBERS = String.raw`nửa|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|half(?:\s+an?)?|an?|one|two|three|four|five|six|seven|eight|nine|ten`;
const NUMBER = String.raw`(?:từ\s+)?(\d+(?:[.,]\d+)?(?:\s*\/\s*\d+)?|(?:${WORD_NUMBERS})${NOT_WORD})`;
const RANGE_TO = String.raw`(?:\s*(?:-|–|đến|tới|to)\s*(\d+(?:[.,]\d+)?))?`;
const UNIT_WORDS =
  "phút|minutes?|mins?|giờ|tiếng|hours?|hrs?|h|ngày|days?|buổi|tuần|weeks?|tháng|months?";
const WORKING_BEFORE = String.raw`((?:working|business)\s+)?`;
const WORKING_AFTER = String.raw`(\s+(?:làm\s+việc|working|business))?`;
const MINUTES_AFTER_HOURS = String.raw`(?:\s*(\d{1,2})\s*(?:phút|minutes?|mins?)?${NOT_WORD})?`;

const AMOUNT = new RegExp(
  `^${BOUND}${NUMBER}${RANGE_TO}\\s*${WORKING_BEFORE}(${UNIT_WORDS})${NOT_LETTER}${WORKING_AFTER}`,
  "u",
);
const WORKING_TAIL = new RegExp(String.raw`^\s+(?:làm\s+việc|working|business)${NOT_WORD}`, "u");
const HOURS_THEN_MINUTES = new RegExp(`^${MINUTES_AFTER_HOURS}`, "u");
const AND_A_HALF = new RegExp(`^\\s*rưỡi${NOT_WORD}`, "u");
const ANOTHER_AMOUNT = new RegExp(
  String.raw`^\s*(?:và\s+|and\s+)?\d+(?:[.,]\d+)?\s*(?:${UNIT_WORDS})${NOT_WORD}`,
  "u",
);

const UNITS: Record<string, DurationUnit> = {
  phút: "minute",
  minute: "minute",
  minutes: "minute",
  min: "minute",
  mins: "minute",
  giờ: "hour",
  tiếng: "hour",
  hour: "hour",
  hours: "hour",
  hr: "hour",
  hrs: "hour",
  h: "hour",
  ngày: "day",
  day: "day",
  days: "day",
  buổi: "day",
  tuần: "week",
  week: "week",
  weeks: "week",
  tháng: "month",
  month: "month",
  months: "month",
};

const NUMBER_WORDS: Record<string, number> = {
  nửa: 0.5,
  half: 0.5,
  "half a": 0.5,
  "half an": 0.5,
  một: 1,
  a: 1,
  an: 1,
  one: 1,
  hai: 2,
  two: 2,
  ba: 3,
  three: 3,
  bốn: 4,
  four: 4,
  năm: 5,
  five: 5,
  sáu: 6,
  six: 6,
  bảy: 7,
  seven: 7,
  tám: 8,
  eight: 8,
  chín: 9,
  nine: 9,
  mười: 10,
  ten: 10,
};

/**
 * Reads an amount and unit at the start of `lower` (NFC, lower case, single spaces): "02 ngày làm việc",
 * "Không quá 0,5 ngày", "1 giờ 30 phút", "2-3 ngày" (read as at most 3), "1 working day".
 * Words after the unit ("kể từ ngày nhận đủ hồ sơ") are allowed; a second amount ("1 ngày 4 giờ") is not.
 */
export function readAmount(text: string, lower: string): Duration | undefined {
  const match = AMOUNT.exec(lower);
  if (!match) return undefined;
  const [whole, bound, first, upper, workingBefore, unitWord, workingAfter] = match;
  const unit = unitWord === undefined ? undefined : UNITS[unitWord];
  const value = readNumber(upper ?? first);
  if (unit === undefined || value === undefined) return undefined;
  let rest = lower.slice(whole.length);
  let amount = unitWord === "buổi" ? value / 2 : value;
  let finalUnit = unit;
  let working = workingBefore !== undefined || workingAfter !== undefined;
  const half = AND_A_HALF.exec(rest);
  if (half) {
    amount += unitWord === "buổi" ? 0.25 : 0.5;
    rest = rest.slice(half[0].length);
  } else if (unit === "hour" && workingAfter === undefined) {
    const minutes = HOURS_THEN_MINUTES.exec(rest);
    if (minutes?.[1] !== undefined && Number(minutes[1]) < 60) {
      amount = amount * 60 + Number(minutes[1]);
      finalUnit = "minute";
      rest = rest.slice(minutes[0].length);
      working ||= WORKING_TAIL.test(rest);
    }
  }
  if (ANOTHER_AMOUNT.test(rest)) return undefined;
  return {
    text,
    kind: "amount",
    amount: roundAmount(amount),
    unit: finalUnit,
    bound: bound !== undefined || upper !== undefined ? "max" : "exact",
    working,
  };
}

function readNumber(written: string | undefined): number | undefined {
  if (written === undefined) return undefined;
  const word = NUMBER_WORDS[written.replace(/\s+/gu, " ")];
  if (word !== undefined) return word;
  const [numerator, denominator] = written.replace(",", ".").split("/");
  const value = Number(numerator);
  if (denominator === undefined) return Number.isFinite(value) ? value : undefined;
  const divisor = Number(denominator);
  return divisor > 0 && Number.isFinite(value) ? value / divisor : undefined;
}

function roundAmount(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
