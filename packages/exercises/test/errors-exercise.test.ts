import { expect, test } from "vitest";
import { errorsExercise, injectDefects } from "../src/index.js";
import { KHAI_SINH } from "./support/examples.js";

test("the answer key lists each injected defect in order, with where, fix, step and rule", () => {
  const exercise = errorsExercise(KHAI_SINH, { seed: 12, count: 6 });
  const { procedure, defects } = injectDefects(KHAI_SINH, { seed: 12, count: 6, lang: "vi" });
  expect(exercise.kind).toBe("errors");
  expect(exercise.seed).toBe(12);
  expect(exercise.lang).toBe("vi");
  expect(exercise.procedure).toEqual(procedure);
  expect(exercise.answers).toEqual(
    defects.map((defect, index) => ({
      number: index + 1,
      what: defect.what,
      where: defect.where,
      fix: defect.fix,
      ...(defect.stepId ? { stepId: defect.stepId } : {}),
      place: defect.place,
      ruleIds: [defect.ruleId],
    })),
  );
  const lines = exercise.answers.map((answer) => answer.place?.start.line ?? 0);
  expect(lines).toEqual([...lines].sort((a, b) => a - b));
});

test("title and instructions name the procedure and the number of defects", () => {
  const exercise = errorsExercise(KHAI_SINH, { seed: 1, count: 4 });
  expect(exercise.title).toBe("Bài tập: tìm điểm chưa phù hợp – Đăng ký khai sinh");
  expect(exercise.instructions[0]).toMatch(/^Quy trình «Đăng ký khai sinh» dưới đây có 4 điểm/u);
});

test("an English exercise has an English answer key", () => {
  const exercise = errorsExercise(KHAI_SINH, {
    seed: 3,
    count: 2,
    kinds: ["decision-branch-missing", "record-incomplete"],
    lang: "en",
  });
  expect(exercise.title).toBe("Exercise: find the non-conformities – Đăng ký khai sinh");
  expect(exercise.answers.map((answer) => answer.ruleIds)).toEqual([
    ["decision-branches"],
    ["record-keeper-retention"],
  ]);
  expect(exercise.answers[0]).toMatchObject({
    what: "Decision B2 has only one branch (“Đủ → B4”)",
    where: "Step B2",
    fix: "Add the branch “Chưa đủ → B3”",
    stepId: "B2",
  });
  expect(exercise.answers[1]?.where).toMatch(/^Section 7\. Hồ sơ cần lưu, record “/u);
});
