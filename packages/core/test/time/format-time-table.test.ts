import { expect, test } from "vitest";
import { formatTimeTable, type TimeAnalysis } from "../../src/index.js";

const analysis: TimeAnalysis = {
  paths: [
    { steps: ["B1", "B2", "B4"], minutes: 1320, unknown: [] },
    { steps: ["B1", "B3"], minutes: 30, unknown: ["B1"] },
  ],
  truncated: false,
  longest: { steps: ["B1", "B2", "B4"], minutes: 1320, unknown: [] },
  limit: 1440,
  slack: 120,
  sameDay: false,
  byActor: [
    { actor: "Công chức Tư pháp – Hộ tịch", minutes: 1200, share: 1200 / 1320 },
    { actor: "Công chức TTPVHCC", minutes: 120, share: 120 / 1320 },
  ],
};

test("prints a Vietnamese table with decimal commas", () => {
  expect(formatTimeTable(analysis)).toBe(
    [
      "Đường dài nhất: B1 → B2 → B4 (2,75 ngày)",
      "Thời gian xử lý theo quy định: 3 ngày; còn dư 2 giờ",
      "",
      "Đường đi      Thời gian  Chưa rõ thời gian",
      "B1 → B2 → B4  2,75 ngày",
      "B1 → B3       30 phút    B1",
      "",
      "Người thực hiện              Thời gian  Tỷ lệ",
      "Công chức Tư pháp – Hộ tịch  2,5 ngày   90,9 %",
      "Công chức TTPVHCC            2 giờ      9,1 %",
      "",
    ].join("\n"),
  );
});

test("prints English labels, an overrun, a same-day limit and a truncation note", () => {
  const over = { ...analysis, slack: -60, limit: 480, sameDay: true, truncated: true, byActor: [] };
  expect(formatTimeTable(over, { lang: "en", hoursPerDay: 8 })).toBe(
    [
      "Longest path: B1 → B2 → B4 (2.75 days)",
      "Legal processing time: same day (1 day); 1 hour over",
      "",
      "Path          Time        Unknown duration",
      "B1 → B2 → B4  2.75 days",
      "B1 → B3       30 minutes  B1",
      "Only the first 2 paths are listed",
      "",
      "Actor  Time  Share",
      "",
    ].join("\n"),
  );
});

test("says the limit is unknown when there is none", () => {
  const { limit, slack, ...rest } = analysis;
  expect(formatTimeTable(rest).split("\n")[1]).toBe("Thời gian xử lý theo quy định: không rõ");
});
