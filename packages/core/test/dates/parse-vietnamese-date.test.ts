import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseVietnameseDate } from "../../src/dates/parse-vietnamese-date.js";

describe("parseVietnameseDate", () => {
  test.each([
    ["15/11/2015", "2015-11-15"],
    ["15-11-2015", "2015-11-15"],
    ["15.11.2015", "2015-11-15"],
    ["5/1/2025", "2025-01-05"],
    ["ngày 15 tháng 11 năm 2015", "2015-11-15"],
    ["Ngày 05 tháng 01 năm 2025", "2025-01-05"],
    ["15 tháng 11 năm 2015", "2015-11-15"],
    ["2015-11-15", "2015-11-15"],
    ["  15/11/2015  ", "2015-11-15"],
    ["29/02/2024", "2024-02-29"],
  ])("reads %j as %s", (text, iso) => {
    expect(parseVietnameseDate(text)).toBe(iso);
  });

  test.each(["30/02/2026", "29/02/2025", "31/04/2025", "00/01/2025", "15/13/2025", "2025-02-30"])(
    "rejects the impossible date %j",
    (text) => {
      expect(parseVietnameseDate(text)).toBeUndefined();
    },
  );

  test.each(["", "15/11", "15/11/15", "15/11-2015", "15/11/2015 và 16/11/2015", "hôm nay"])(
    "rejects %j, which is not one whole date",
    (text) => {
      expect(parseVietnameseDate(text)).toBeUndefined();
    },
  );

  test("reads decomposed (NFD) Vietnamese as its composed form", () => {
    expect(parseVietnameseDate("ngày 15 tháng 11 năm 2015".normalize("NFD"))).toBe("2015-11-15");
  });

  test("never throws, and returns either undefined or an ISO date", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseVietnameseDate(text);
        return result === undefined || /^\d{4}-\d{2}-\d{2}$/.test(result);
      }),
    );
  });

  test("reads back every real date written as dd/mm/yyyy", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [year, month, day] = iso.split("-");
          expect(parseVietnameseDate(`${day}/${month}/${year}`)).toBe(iso);
          expect(
            parseVietnameseDate(`ngày ${Number(day)} tháng ${Number(month)} năm ${year}`),
          ).toBe(iso);
        },
      ),
    );
  });
});
