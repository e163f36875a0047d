import { expect, test } from "vitest";
import { todayInVietnam } from "../../src/dates/today-in-vietnam.js";

test("just after midnight in Hà Nội it is already the next day there, while UTC is not", () => {
  const now = new Date("2026-11-23T17:30:00Z"); // 00:30 on 24/11 in Vietnam
  expect(now.toISOString().slice(0, 10)).toBe("2026-11-23");
  expect(todayInVietnam(now)).toBe("2026-11-24");
});

test("during the Vietnamese working day both calendars agree", () => {
  expect(todayInVietnam(new Date("2026-11-23T02:00:00Z"))).toBe("2026-11-23");
});

test("the year turns at midnight in Vietnam", () => {
  expect(todayInVietnam(new Date("2026-12-31T16:59:59Z"))).toBe("2026-12-31");
  expect(todayInVietnam(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01");
});
