import { describe, expect, test } from "vitest";
import { createExercise, writeExercise } from "../src/index.js";
import { EXAMPLES } from "./support/examples.js";

const kinds = ["order", "blanks", "errors"] as const;
const cases = EXAMPLES.flatMap(({ name, procedure }) =>
  kinds.map((kind) => ({ name, kind, procedure })),
);

describe.each(cases)("$kind on $name through createExercise", ({ kind, procedure }) => {
  test("makes an exercise of that kind, the same for the same seed", () => {
    const first = createExercise(procedure, kind, { seed: 4 });
    expect(first.diagnostics).toEqual([]);
    expect(first.exercise?.kind).toBe(kind);
    expect(first.exercise?.answers.length).toBeGreaterThanOrEqual(3);
    expect(createExercise(procedure, kind, { seed: 4 })).toEqual(first);
  });

  test("a different seed gives a different exercise", () => {
    const answers = (seed: number) => createExercise(procedure, kind, { seed }).exercise?.answers;
    expect(answers(1)).not.toEqual(answers(2));
  });
});

test("an errors exercise hands out the defective procedure as its own Word file", async () => {
  const procedure = EXAMPLES[0]?.procedure;
  if (!procedure) throw new Error("no examples");
  const { exercise } = createExercise(procedure, "errors", { seed: 1 });
  if (!exercise) throw new Error("no exercise");
  const { files } = await writeExercise(exercise, { name: "x" });
  expect(files.map((file) => file.name)).toEqual([
    "x-bai-tap.docx",
    "x-quy-trinh.docx",
    "x-dap-an.docx",
    "x.drawio",
    "x-quy-trinh.md",
  ]);
});
