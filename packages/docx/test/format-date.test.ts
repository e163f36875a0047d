import { expect, test } from "vitest";
import { formatDate } from "../src/text/format-date.js";

test("formatDate shows an ISO date as dd/mm/yyyy", () => {
  expect(formatDate("2026-03-02")).toBe("02/03/2026");
});

test("formatDate gives an empty string for no date and keeps other text", () => {
  expect([formatDate(undefined), formatDate("tháng 3")]).toEqual(["", "tháng 3"]);
});
