import { describe, expect, test } from "vitest";
import { createExercise, exerciseSteps, orderExercise } from "../src/index.js";
import { EXAMPLES, KHAI_SINH, procedureOf } from "./support/examples.js";

const SEEDS = [1, 2, 3, 42, 2026];
const cases = EXAMPLES.flatMap(({ name, procedure }) =>
  SEEDS.map((seed) => ({ name, seed, procedure })),
);

describe.each(cases)("order on $name, seed $seed", ({ procedure, seed }) => {
  const exercise = orderExercise(procedure, { seed });
  const steps = exerciseSteps(procedure);

  test("the cards are the steps, lettered A, B, C… and shuffled", () => {
    const cards = exercise.cards ?? [];
    expect(cards.map((card) => card.label)).toEqual(
      steps.map((_, index) => String.fromCharCode(65 + index)),
    );
    expect(cards.map((card) => card.action).sort()).toEqual(
      steps.map((step) => step.action).sort(),
    );
    expect(cards.map((card) => card.action)).not.toEqual(steps.map((step) => step.action));
  });

  test("the answer key lists the boxes in the real order, each with the right card", () => {
    expect(exercise.answers.map((answer) => answer.stepId)).toEqual(steps.map((step) => step.id));
    expect(exercise.answers.map((answer) => answer.number)).toEqual(steps.map((_, i) => i + 1));
    for (const [index, answer] of exercise.answers.entries()) {
      const card = exercise.cards?.find((candidate) => candidate.label === answer.fix);
      expect(card?.action).toBe(steps[index]?.action);
      expect(card?.actors).toEqual(steps[index]?.actors);
      expect(answer.where).toBe(`Ô ${steps[index]?.id}`);
    }
  });

  test("every box of the frame is emptied", () => {
    expect([...(exercise.flowchartLabels ?? new Map())]).toEqual(
      steps.map((step) => [step.id, ""]),
    );
  });

  test("the same seed gives a deep-equal exercise", () => {
    expect(orderExercise(procedure, { seed })).toEqual(exercise);
  });
});

describe("order", () => {
  test("different seeds shuffle the cards differently", () => {
    const orders = new Set(
      SEEDS.map((seed) =>
        (orderExercise(KHAI_SINH, { seed }).cards ?? [])
          .map((card) => card.label + card.action)
          .join(),
      ),
    );
    expect(orders.size).toBe(SEEDS.length);
  });

  test("start and end terminals are no cards", () => {
    const procedure = procedureOf([
      ["B0", "start", "Tiếp nhận yêu cầu", "Bộ phận một cửa"],
      ["B1", "process", "Kiểm tra", "Công chức"],
      ["B2", "process", "Thẩm định", "Công chức"],
      ["B3", "process", "Ký", "Lãnh đạo"],
      ["B4", "end", "Lưu hồ sơ", "Văn thư"],
    ]);
    const exercise = orderExercise(procedure, { seed: 5 });
    expect(exercise.answers.map((answer) => answer.stepId)).toEqual(["B1", "B2", "B3"]);
    expect(exercise.flowchartLabels?.has("B0")).toBe(false);
  });

  test("the title and instructions are Vietnamese by default and English on request", () => {
    const vi = orderExercise(KHAI_SINH, { seed: 1 });
    expect(vi.title).toBe("Bài tập: sắp xếp các bước – Đăng ký khai sinh");
    expect(vi.instructions[0]).toContain("6 bước");
    const en = orderExercise(KHAI_SINH, { seed: 1, lang: "en" });
    expect(en.title).toBe("Exercise: put the steps in order – Đăng ký khai sinh");
    expect(en.answers[0]?.where).toBe("Box B1");
    expect(en.cards).toEqual(vi.cards);
  });

  test("two steps are too few: a Vietnamese error diagnostic, not an exception", () => {
    const procedure = procedureOf([
      ["B1", "process", "Nộp hồ sơ", "Người yêu cầu"],
      ["B2", "process", "Trả kết quả", "Công chức"],
    ]);
    expect(createExercise(procedure, "order", { seed: 1 })).toEqual({
      diagnostics: [
        {
          ruleId: "exercise-too-few-steps",
          source: "quytrinh-exercises",
          severity: "error",
          reason: "Quy trình chỉ có 2 bước dùng được cho bài tập «sắp xếp các bước», cần ít nhất 3",
          expected:
            "Chọn một quy trình có nhiều bước hơn, hoặc bổ sung nội dung công việc cho các bước",
          actual: "2",
        },
      ],
    });
    expect(() => orderExercise(procedure, { seed: 1 })).toThrow(RangeError);
  });

  test("a step without work text cannot be a card", () => {
    const procedure = procedureOf([
      ["B1", "process", "Nộp hồ sơ", "Người yêu cầu"],
      ["B2", "process", "", "Công chức"],
      ["B3", "process", "Trả kết quả", "Công chức"],
    ]);
    const { diagnostics } = createExercise(procedure, "order", { seed: 1, lang: "en" });
    expect(diagnostics.map((d) => [d.ruleId, d.reason])).toEqual([
      [
        "exercise-step-action-required",
        "Step `B2` has no work text: it cannot be made into a card",
      ],
    ]);
  });

  test("a repeated step id is reported with its place", () => {
    const procedure = procedureOf([
      ["B1", "process", "Nộp hồ sơ", "Người yêu cầu"],
      ["B2", "process", "Kiểm tra", "Công chức"],
      ["B2", "process", "Trả kết quả", "Công chức"],
    ]);
    const second = procedure.steps[2];
    if (second) second.place = { start: { line: 9, column: 1 }, end: { line: 9, column: 40 } };
    const { diagnostics } = createExercise(procedure, "order", { seed: 1 });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.ruleId).toBe("exercise-step-id-unique");
    expect(diagnostics[0]?.place?.start.line).toBe(9);
  });
});
