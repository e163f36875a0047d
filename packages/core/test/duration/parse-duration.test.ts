import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseDuration } from "../../src/duration/parse-duration.js";
import { DurationSchema } from "../../src/model/duration.js";

const amount = (value: number, unit: string, bound = "exact", working = false) => ({
  kind: "amount",
  amount: value,
  unit,
  bound,
  working,
});

describe("parseDuration: amounts", () => {
  test.each([
    ["15 phút", amount(15, "minute")],
    ["4 giờ", amount(4, "hour")],
    ["0,5 ngày", amount(0.5, "day")],
    ["0.5 ngày", amount(0.5, "day")],
    ["02 ngày làm việc", amount(2, "day", "exact", true)],
    ["1 giờ làm việc", amount(1, "hour", "exact", true)],
    ["0,5 giờ làm việc", amount(0.5, "hour", "exact", true)],
    ["01 tuần", amount(1, "week")],
    ["1 tháng", amount(1, "month")],
    ["4h", amount(4, "hour")],
    ["1 giờ 30 phút", amount(90, "minute")],
    ["1h30", amount(90, "minute")],
    ["1 giờ 30 phút làm việc", amount(90, "minute", "exact", true)],
    ["nửa ngày", amount(0.5, "day")],
    ["1 ngày rưỡi", amount(1.5, "day")],
    ["01 buổi", amount(0.5, "day")],
    ["hai ngày", amount(2, "day")],
    ["03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", amount(3, "day", "exact", true)],
  ])("reads %j", (text, expected) => {
    expect(parseDuration(text)).toEqual({ text, ...expected });
  });

  test.each([
    ["Không quá 03 ngày", amount(3, "day", "max")],
    ["không vượt quá 2 giờ", amount(2, "hour", "max")],
    ["tối đa 2 giờ", amount(2, "hour", "max")],
    ["trong vòng 5 ngày", amount(5, "day", "max")],
    ["Trong thời hạn 05 ngày làm việc", amount(5, "day", "max", true)],
    ["trong 1 ngày", amount(1, "day", "max")],
    ["2-3 ngày", amount(3, "day", "max")],
    ["từ 2 đến 3 ngày", amount(3, "day", "max")],
  ])("reads the upper bound in %j", (text, expected) => {
    expect(parseDuration(text)).toEqual({ text, ...expected });
  });

  test.each([
    ["2 hours", amount(2, "hour")],
    ["30 minutes", amount(30, "minute")],
    ["1 working day", amount(1, "day", "exact", true)],
    ["half an hour", amount(0.5, "hour")],
    ["within 3 days", amount(3, "day", "max")],
    ["up to 2 weeks", amount(2, "week", "max")],
  ])("reads the English %j", (text, expected) => {
    expect(parseDuration(text)).toEqual({ text, ...expected });
  });

  test("ignores case and extra spaces but keeps the text as written", () => {
    expect(parseDuration("  KHÔNG  QUÁ   03   Ngày  Làm Việc ")).toEqual({
      text: "KHÔNG  QUÁ   03   Ngày  Làm Việc",
      ...amount(3, "day", "max", true),
    });
  });

  test("normalises decomposed (NFD) text to NFC, in the result too", () => {
    const result = parseDuration("02 ngày làm việc".normalize("NFD"));
    expect(result).toEqual({
      text: "02 ngày làm việc".normalize("NFC"),
      ...amount(2, "day", "exact", true),
    });
  });
});

describe("parseDuration: same day", () => {
  test.each([
    ["Trong ngày", { working: false }],
    ["trong ngày làm việc", { working: true }],
    ["Trong ngày.", { working: false }],
    ["same day", { working: false }],
    ["same working day", { working: true }],
  ])("reads %j", (text, expected) => {
    expect(parseDuration(text)).toEqual({ text, kind: "same-day", ...expected });
  });

  test.each([
    [
      "Trong ngày; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo",
      "15:00",
    ],
    ["Trong ngày, nhận sau 15h thì trả hôm sau", "15:00"],
    ["Trong ngày sau 15 giờ thì hôm sau", "15:00"],
    ["Trong ngày (tiếp nhận trước 15:00)", "15:00"],
    ["trong ngày; sau 15 giờ 30 thì trả vào ngày hôm sau", "15:30"],
    ["Trong ngày; sau 9h05 phút thì hôm sau", "09:05"],
    ["same day; received after 3 pm: next working day", "15:00"],
  ])("reads the cut-off in %j", (text, cutoff) => {
    expect(parseDuration(text)).toMatchObject({ kind: "same-day", cutoff });
  });

  test("reads “trong ngày làm việc tiếp theo” as at most one working day, not the same day", () => {
    expect(parseDuration("Trong ngày làm việc tiếp theo")).toEqual({
      text: "Trong ngày làm việc tiếp theo",
      kind: "amount",
      amount: 1,
      unit: "day",
      bound: "max",
      working: true,
    });
  });

  test("leaves out a cut-off that is not a clock time", () => {
    expect(parseDuration("Trong ngày; sau 25 giờ thì hôm sau")).toEqual({
      text: "Trong ngày; sau 25 giờ thì hôm sau",
      kind: "same-day",
      working: false,
    });
  });
});

describe("parseDuration: not a duration", () => {
  test.each(["Theo quy định", "abc", "ngày", "1 ngày 4 giờ", "5", "giờ hành chính", "Sau 15 giờ"])(
    "leaves %j unparsed",
    (text) => {
      expect(parseDuration(text)).toEqual({ text, kind: "unparsed" });
    },
  );

  test("treats empty and blank text as unparsed with empty text", () => {
    expect([parseDuration(""), parseDuration(" \t ")]).toEqual([
      { text: "", kind: "unparsed" },
      { text: "", kind: "unparsed" },
    ]);
  });

  test("never throws and always returns a valid Duration for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(DurationSchema.safeParse(parseDuration(text)).success).toBe(true);
      }),
    );
  });

  test("reads any written amount of any unit back to the same number", () => {
    const units = {
      phút: "minute",
      giờ: "hour",
      ngày: "day",
      tuần: "week",
      tháng: "month",
    } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(...(Object.keys(units) as (keyof typeof units)[])),
        (whole, hundredths, word) => {
          const decimals = String(hundredths).padStart(2, "0");
          const written = hundredths === 0 ? `${whole}` : `${whole},${decimals}`;
          const result = parseDuration(`${written} ${word}`);
          expect(result).toMatchObject({
            kind: "amount",
            unit: units[word],
            amount: Number(`${whole}.${decimals}`),
          });
        },
      ),
    );
  });
});
