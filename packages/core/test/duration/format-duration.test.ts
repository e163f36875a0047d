import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { durationMinutes } from "../../src/duration/duration-minutes.js";
import { formatDuration } from "../../src/duration/format-duration.js";
import { parseDuration } from "../../src/duration/parse-duration.js";

describe("formatDuration", () => {
  test.each([
    [0, "0 phút", "0 minutes"],
    [45, "45 phút", "45 minutes"],
    [60, "1 giờ", "1 hour"],
    [90, "1,5 giờ", "1.5 hours"],
    [100, "1 giờ 40 phút", "1 hour 40 minutes"],
    [240, "4 giờ", "4 hours"],
    [480, "1 ngày", "1 day"],
    [720, "1,5 ngày", "1.5 days"],
    [495, "8,25 giờ", "8.25 hours"],
    [1000, "16 giờ 40 phút", "16 hours 40 minutes"],
    [2400, "5 ngày", "5 days"],
  ])("writes %d minutes as %j (vi) and %j (en)", (minutes, vi, en) => {
    expect([formatDuration(minutes), formatDuration(minutes, { lang: "en" })]).toEqual([vi, en]);
  });

  test("writes in the unit asked for, with a decimal comma in Vietnamese", () => {
    expect([
      formatDuration(240, { unit: "day" }),
      formatDuration(240, { unit: "day", lang: "en" }),
    ]).toEqual(["0,5 ngày", "0.5 day"]);
  });

  test("counts days with the hoursPerDay option", () => {
    expect([
      formatDuration(450, { hoursPerDay: 7.5 }),
      formatDuration(480, { hoursPerDay: 7.5 }),
    ]).toEqual(["1 ngày", "8 giờ"]);
  });

  test.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
    "throws on %d minutes, a programming error",
    (minutes) => {
      expect(() => formatDuration(minutes)).toThrow(RangeError);
    },
  );

  test("parseDuration reads back every whole number of minutes it writes, in both languages", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.constantFrom("vi" as const, "en" as const),
        fc.constantFrom(8, 7.5, 6),
        (minutes, lang, hoursPerDay) => {
          const written = formatDuration(minutes, { lang, hoursPerDay });
          expect(durationMinutes(parseDuration(written), { hoursPerDay })).toBe(minutes);
        },
      ),
    );
  });
});
