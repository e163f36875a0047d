import { describe, expect, test } from "vitest";
import { analyzeTime, ProcedureSchema } from "../../src/index.js";

const minutes = (text: string, value: number, unit: "minute" | "hour" | "day") => ({
  text,
  kind: "amount" as const,
  amount: value,
  unit,
});

/** Receipt, a check with a supplement loop, handling by two actors, signature and return. */
const procedure = ProcedureSchema.parse({
  control: { code: "QT-01", title: "T" },
  tthc: { processingTime: { text: "Trong ngày", kind: "same-day" } },
  steps: [
    { id: "B1", kind: "process", action: "Nộp hồ sơ", actors: ["Người yêu cầu"] },
    {
      id: "B2",
      kind: "decision",
      action: "Kiểm tra",
      actors: ["Công chức TTPVHCC"],
      duration: minutes("30 phút", 30, "minute"),
      branches: [
        { label: "Đủ", target: "B4" },
        { label: "Chưa đủ", target: "B3" },
        { label: "Từ chối", target: "END" },
      ],
    },
    {
      id: "B3",
      kind: "process",
      action: "Hướng dẫn",
      actors: ["Công chức TTPVHCC"],
      duration: minutes("15 phút", 15, "minute"),
      branches: [{ target: "B1" }],
    },
    {
      id: "B4",
      kind: "process",
      action: "Thẩm định",
      actors: ["Công chức Tư pháp – Hộ tịch", "Chủ tịch UBND xã"],
      duration: minutes("2 giờ", 2, "hour"),
    },
    {
      id: "B5",
      kind: "process",
      action: "Trả kết quả",
      actors: ["Công chức TTPVHCC"],
      duration: minutes("30 phút", 30, "minute"),
    },
  ],
});

describe("analyzeTime", () => {
  test("lists complete paths with their totals, loops cut at the back edge", () => {
    const analysis = analyzeTime(procedure);
    expect(analysis.paths).toEqual([
      { steps: ["B1", "B2", "B4", "B5"], minutes: 180, unknown: ["B1"] },
      { steps: ["B1", "B2"], minutes: 30, unknown: ["B1"] },
    ]);
    expect(analysis.truncated).toBe(false);
  });

  test("gives the longest path, the limit of a same-day procedure and the slack", () => {
    const analysis = analyzeTime(procedure);
    expect(analysis.longest).toEqual({
      steps: ["B1", "B2", "B4", "B5"],
      minutes: 180,
      unknown: ["B1"],
    });
    expect(analysis).toMatchObject({ limit: 480, slack: 300, sameDay: true });
    expect(analyzeTime(procedure, { hoursPerDay: 2 })).toMatchObject({ limit: 120, slack: -60 });
  });

  test("splits each step's time evenly among its actors along the longest path", () => {
    expect(analyzeTime(procedure).byActor).toEqual([
      { actor: "Chủ tịch UBND xã", minutes: 60, share: 60 / 180 },
      { actor: "Công chức TTPVHCC", minutes: 60, share: 60 / 180 },
      { actor: "Công chức Tư pháp – Hộ tịch", minutes: 60, share: 60 / 180 },
      { actor: "Người yêu cầu", minutes: 0, share: 0 },
    ]);
  });

  test("caps the number of paths listed and says so", () => {
    const diamonds = Array.from({ length: 12 }, (_, index) => [
      {
        id: `D${index}`,
        kind: "decision" as const,
        action: "?",
        actors: ["A"],
        branches: [
          { label: "Có", target: `X${index}` },
          { label: "Không", target: `Y${index}` },
        ],
      },
      {
        id: `X${index}`,
        kind: "process" as const,
        action: "x",
        actors: ["A"],
        duration: minutes("1 giờ", 1, "hour"),
        branches: [{ target: `D${index + 1}` }],
      },
      {
        id: `Y${index}`,
        kind: "process" as const,
        action: "y",
        actors: ["A"],
        duration: minutes("2 giờ", 2, "hour"),
        branches: [{ target: `D${index + 1}` }],
      },
    ]).flat();
    const wide = ProcedureSchema.parse({
      control: { code: "Q", title: "T" },
      steps: [...diamonds, { id: "D12", kind: "end", action: "Kết thúc", actors: [] }],
    });
    const analysis = analyzeTime(wide, { maxPaths: 50 });
    expect(analysis.paths).toHaveLength(50);
    expect(analysis.truncated).toBe(true);
    expect(analysis.longest.minutes).toBe(12 * 120);
  });

  test("without a processing time there is no limit and no slack", () => {
    const analysis = analyzeTime(
      ProcedureSchema.parse({ control: { code: "Q", title: "T" }, steps: [] }),
    );
    expect(analysis).toEqual({
      paths: [],
      truncated: false,
      longest: { steps: [], minutes: 0, unknown: [] },
      sameDay: false,
      byActor: [],
    });
  });
});
