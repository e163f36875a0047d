import { expect, test } from "vitest";
import { addMonths } from "../../src/time/add-months.js";
import { formatDate } from "../../src/time/format-date.js";

test("addMonths adds calendar months and clamps to the end of a shorter month", () => {
  expect(addMonths("2026-09-01", 3)).toBe("2026-12-01");
  expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
  expect(addMonths("2027-11-30", 3)).toBe("2028-02-29");
  expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
  expect(addMonths("2026-12-15", 14)).toBe("2028-02-15");
});

test("formatDate writes dd/mm/yyyy in Vietnamese and ISO in English", () => {
  expect(formatDate("2025-01-09", "vi")).toBe("09/01/2025");
  expect(formatDate("2025-01-09", "en")).toBe("2025-01-09");
});
