import { describe, expect, test } from "vitest";
import { durationMinutes } from "../../src/duration/duration-minutes.js";
import { parseDuration } from "../../src/duration/parse-duration.js";

describe("durationMinutes", () => {
  test.each([
    ["15 phút", 15],
    ["0,5 giờ", 30],
    ["4 giờ", 240],
    ["0,5 ngày", 240],
    ["02 ngày làm việc", 960],
    ["Không quá 03 ngày", 1440],
    ["01 tuần", 2400],
    ["1 tháng", 10560],
    ["1 giờ 30 phút", 90],
    ["0,1 giờ", 6],
  ])("counts %j as %d working minutes (8-hour day)", (text, minutes) => {
    expect(durationMinutes(parseDuration(text))).toBe(minutes);
  });

  test("uses the hoursPerDay option for days, weeks and months", () => {
    const minutes = ["1 ngày", "1 tuần", "1 tháng", "1 giờ"].map((text) =>
      durationMinutes(parseDuration(text), { hoursPerDay: 7.5 }),
    );
    expect(minutes).toEqual([450, 2250, 9900, 60]);
  });

  test.each(["Trong ngày", "Trong ngày; sau 15 giờ thì hôm sau", "theo quy định", ""])(
    "gives no length for %j",
    (text) => {
      expect(durationMinutes(parseDuration(text))).toBeUndefined();
    },
  );

  test.each([0, -1, 25, Number.NaN])(
    "throws on hoursPerDay %d, a programming error",
    (hoursPerDay) => {
      expect(() => durationMinutes(parseDuration("1 ngày"), { hoursPerDay })).toThrow(RangeError);
    },
  );
});
