import { describe, expect, test } from "vitest";
import { amount, step } from "./support/builders.js";
import { line, reasons, runRule } from "./support/run-rule.js";

const threeDays = {
  text: "03 ngày làm việc",
  kind: "amount" as const,
  amount: 3,
  unit: "day" as const,
  working: true,
};

describe("duration-valid", () => {
  test("parsed durations pass", () => {
    const steps = [step("B1", { duration: amount("30 phút", 30, "minute") }), step("B2")];
    expect(reasons("duration-valid", { steps, tthc: { processingTime: threeDays } })).toEqual({
      vi: [],
      en: [],
    });
  });

  test("an unparsed step duration and processing time are reported with examples as the fix", () => {
    const steps = [step("B1", { duration: { text: "tùy hồ sơ", kind: "unparsed" } })];
    const tthc = { processingTime: { text: "sớm nhất có thể", kind: "unparsed" as const } };
    expect(reasons("duration-valid", { steps, tthc })).toEqual({
      vi: [
        "Bước `B1`: không hiểu thời gian `tùy hồ sơ`",
        "Không hiểu thời gian xử lý `sớm nhất có thể`",
      ],
      en: [
        "Step `B1`: cannot read the duration `tùy hồ sơ`",
        "Cannot read the processing time `sớm nhất có thể`",
      ],
    });
    expect(runRule("duration-valid", { steps }, { lang: "en" })[0]).toMatchObject({
      expected: "Write it like `30 phút`, `0,5 ngày`, `Không quá 03 ngày làm việc` or `Trong ngày`",
      actual: "tùy hồ sơ",
    });
  });

  test("points at the step or the processing-time heading, and nowhere without positions", () => {
    const tthc = { processingTime: { text: "?", kind: "unparsed" as const } };
    expect(
      runRule("duration-valid", { tthc, sectionPlaces: { processingTime: line(33) } })[0]?.place,
    ).toEqual(line(33));
    expect(runRule("duration-valid", { tthc })[0]?.place).toBeUndefined();
  });
});

describe("processing-time-limit", () => {
  const steps = [
    step("B1", { duration: amount("0,5 ngày", 0.5, "day") }),
    step("B2", { duration: amount("2 ngày", 2, "day") }),
    step("B3", { duration: amount("1 ngày", 1, "day") }),
  ];

  test("a flow within the limit passes, and no limit means nothing to check", () => {
    const short = steps.slice(0, 2);
    expect(
      reasons("processing-time-limit", { steps: short, tthc: { processingTime: threeDays } }),
    ).toEqual({ vi: [], en: [] });
    expect(runRule("processing-time-limit", { steps })).toEqual([]);
  });

  test("an overrun says by how much, in both languages with the right decimal mark", () => {
    expect(
      reasons("processing-time-limit", { steps, tthc: { processingTime: threeDays } }),
    ).toEqual({
      vi: [
        "Tổng thời gian theo đường dài nhất (`B1 → B2 → B3`) là 3,5 ngày, vượt thời gian xử lý 3 ngày là 4 giờ",
      ],
      en: [
        "The longest path (`B1 → B2 → B3`) takes 3.5 days, 4 hours over the processing time of 3 days",
      ],
    });
  });

  test("same day means one working day, the working day is configurable, unknown steps are noted", () => {
    const model = {
      steps: [
        step("B1", { duration: amount("5 giờ", 5, "hour") }),
        step("B2", { duration: amount("2 giờ", 2, "hour") }),
        step("B3"),
      ],
      tthc: { processingTime: { text: "Trong ngày", kind: "same-day" as const } },
    };
    expect(runRule("processing-time-limit", model)).toEqual([]);
    expect(runRule("processing-time-limit", model, { hoursPerDay: 6 })).toEqual([
      {
        ruleId: "processing-time-limit",
        source: "quytrinh-core",
        severity: "error",
        reason:
          "Tổng thời gian theo đường dài nhất (`B1 → B2 → B3`) là 7 giờ, vượt thời gian xử lý 1 ngày là 1 giờ",
        actual: "7 giờ",
        note: "Chưa tính các bước không rõ thời gian: `B3`",
        url: "docs/rules/processing-time-limit.md",
      },
    ]);
  });

  test("points at the processing-time heading", () => {
    const model = {
      steps,
      tthc: { processingTime: threeDays },
      sectionPlaces: { processingTime: line(48) },
    };
    expect(runRule("processing-time-limit", model)[0]?.place).toEqual(line(48));
  });
});

describe("same-day-step", () => {
  const sameDay = { processingTime: { text: "Trong ngày", kind: "same-day" as const } };

  test("steps of a working day or less pass, and other procedures are not checked", () => {
    const steps = [step("B1", { duration: amount("1 ngày", 1, "day") })];
    expect(reasons("same-day-step", { steps, tthc: sameDay })).toEqual({ vi: [], en: [] });
    expect(
      runRule("same-day-step", {
        steps: [step("B1", { duration: amount("5 ngày", 5, "day") })],
        tthc: { processingTime: threeDays },
      }),
    ).toEqual([]);
  });

  test("a multi-day step in a same-day procedure is reported", () => {
    const steps = [step("B1", { duration: amount("1,5 ngày", 1.5, "day"), place: line(90) })];
    expect(reasons("same-day-step", { steps, tthc: sameDay })).toEqual({
      vi: ["Thủ tục giải quyết trong ngày nhưng bước `B1` mất 1,5 ngày"],
      en: ["The procedure is handled within the day, but step `B1` takes 1.5 days"],
    });
    expect(runRule("same-day-step", { steps, tthc: sameDay })[0]).toMatchObject({
      place: line(90),
      actual: "1,5 ngày",
    });
  });

  test("without positions the diagnostic has no place", () => {
    const steps = [step("B1", { duration: amount("2 ngày", 2, "day") })];
    expect(runRule("same-day-step", { steps, tthc: sameDay })[0]?.place).toBeUndefined();
  });
});
