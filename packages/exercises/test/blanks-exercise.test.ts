import { describe, expect, test } from "vitest";
import { blanksExercise, createExercise, exerciseSteps } from "../src/index.js";
import { EXAMPLES, KHAI_SINH, procedureOf } from "./support/examples.js";

const SEEDS = [1, 2, 3, 42, 2026];
const cases = EXAMPLES.flatMap(({ name, procedure }) =>
  SEEDS.map((seed) => ({ name, seed, procedure })),
);

describe.each(cases)("blanks on $name, seed $seed", ({ procedure, seed }) => {
  const exercise = blanksExercise(procedure, { seed });
  const stepOf = new Map(procedure.steps.map((step) => [step.id, step]));

  test("about a third of the steps, at least 3, are blanked", () => {
    const steps = exerciseSteps(procedure).length;
    expect(exercise.answers).toHaveLength(Math.min(steps, Math.max(3, Math.round(steps / 3))));
  });

  test("the blanked texts are exactly the word bank", () => {
    expect([...(exercise.wordBank ?? [])].sort()).toEqual(
      exercise.answers.map((answer) => stepOf.get(answer.stepId ?? "")?.action).sort(),
    );
  });

  test("blanks are numbered (1), (2)… in flowchart order, and the key maps them back", () => {
    const order = procedure.steps.map((step) => step.id);
    const ids = exercise.answers.map((answer) => answer.stepId ?? "");
    expect(ids.map((id) => order.indexOf(id))).toEqual(
      ids.map((id) => order.indexOf(id)).sort((a, b) => a - b),
    );
    expect([...(exercise.flowchartLabels ?? new Map())]).toEqual(
      exercise.answers.map((answer) => [answer.stepId, `(${answer.number})`]),
    );
    for (const answer of exercise.answers) {
      expect(answer.fix).toBe(stepOf.get(answer.stepId ?? "")?.action);
      expect(answer.what).toBe(`Chỗ trống (${answer.number})`);
    }
  });

  test("the word bank is not in the order of the blanks", () => {
    expect(exercise.wordBank).not.toEqual(exercise.answers.map((answer) => answer.fix));
  });

  test("the same seed gives a deep-equal exercise", () => {
    expect(blanksExercise(procedure, { seed })).toEqual(exercise);
  });
});

describe("blanks", () => {
  test.each(EXAMPLES)("different seeds give different exercises on $name", ({ procedure }) => {
    // 6 steps with 3 blanks allow only 100 variants, so two of five seeds may meet by chance;
    // the first two seeds must differ, and most of the five must.
    const variant = (seed: number) => {
      const exercise = blanksExercise(procedure, { seed });
      return `${exercise.answers.map((a) => a.stepId)}|${exercise.wordBank}`;
    };
    expect(variant(1)).not.toBe(variant(2));
    expect(new Set(SEEDS.map(variant)).size).toBeGreaterThanOrEqual(SEEDS.length - 1);
  });

  test("count sets the number of blanks", () => {
    expect(blanksExercise(KHAI_SINH, { seed: 1, count: 5 }).answers).toHaveLength(5);
  });

  test("start and end terminals are never blanked", () => {
    const procedure = procedureOf([
      ["B0", "start", "Tiếp nhận", "Một cửa"],
      ["B1", "process", "Kiểm tra", "Công chức"],
      ["B2", "process", "Thẩm định", "Công chức"],
      ["B3", "process", "Ký", "Lãnh đạo"],
      ["B4", "end", "Lưu hồ sơ", "Văn thư"],
    ]);
    for (const seed of SEEDS) {
      const ids = blanksExercise(procedure, { seed, count: 3 }).answers.map((a) => a.stepId);
      expect(ids).toEqual(["B1", "B2", "B3"]);
    }
  });

  test("more blanks than steps is an error diagnostic that says how many are possible", () => {
    const { exercise, diagnostics } = createExercise(KHAI_SINH, "blanks", { seed: 1, count: 9 });
    expect(exercise).toBeUndefined();
    expect(diagnostics.map((d) => [d.ruleId, d.reason, d.expected])).toEqual([
      [
        "exercise-too-many-blanks",
        "Yêu cầu 9 chỗ trống nhưng quy trình chỉ có 6 bước có thể để trống",
        "Dùng `--count` từ 1 đến 6",
      ],
    ]);
  });

  test("steps without text do not count as blanks to fill", () => {
    const procedure = procedureOf([
      ["B1", "process", "Nộp hồ sơ", "Người yêu cầu"],
      ["B2", "process", " ", "Công chức"],
      ["B3", "process", "Trả kết quả", "Công chức"],
    ]);
    const { diagnostics } = createExercise(procedure, "blanks", { seed: 1 });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(["exercise-too-few-steps"]);
  });

  test("a count that is not a whole number ≥ 1 is a programmer error", () => {
    expect(() => blanksExercise(KHAI_SINH, { seed: 1, count: 0 })).toThrow(TypeError);
    expect(() => blanksExercise(KHAI_SINH, { seed: 1, count: 1.5 })).toThrow(TypeError);
  });

  test("texts are NFC even when the procedure's are not", () => {
    const decomposed = "Kiểm tra hồ sơ".normalize("NFD");
    const procedure = procedureOf([
      ["B1", "process", decomposed, "Công chức"],
      ["B2", "process", "Thẩm định", "Công chức"],
      ["B3", "process", "Ký", "Lãnh đạo"],
    ]);
    const exercise = blanksExercise(procedure, { seed: 1, count: 3 });
    expect(exercise.wordBank).toContain("Kiểm tra hồ sơ".normalize("NFC"));
  });
});
