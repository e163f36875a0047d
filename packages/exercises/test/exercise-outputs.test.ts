import { describe, expect, test } from "vitest";
import {
  createExercise,
  type Exercise,
  exerciseJson,
  exerciseMermaid,
  writeExercise,
} from "../src/index.js";
import { KHAI_SINH } from "./support/examples.js";

const make = (kind: "order" | "blanks", seed = 1, lang: "vi" | "en" = "vi") =>
  createExercise(KHAI_SINH, kind, { seed, lang }).exercise as Exercise;

describe("exerciseMermaid", () => {
  test("blanks are numbered in the Mermaid text and their texts are gone", () => {
    const exercise = make("blanks");
    const { text } = exerciseMermaid(exercise);
    for (const answer of exercise.answers) {
      expect(text).toContain(`${answer.stepId}. (${answer.number})`);
      expect(text).not.toContain(answer.fix);
    }
  });

  test("the order frame shows only step ids, without durations", () => {
    const { text } = exerciseMermaid(make("order"));
    for (const step of KHAI_SINH.steps) expect(text).not.toContain(step.action);
    expect(text).not.toContain("phút");
    expect(text).toMatch(/"B1"/);
  });
});

describe("exerciseJson", () => {
  test("reads back with the flowchart labels as an object", () => {
    const exercise = make("blanks");
    const parsed = JSON.parse(exerciseJson(exercise));
    expect(parsed.flowchartLabels).toEqual(Object.fromEntries(exercise.flowchartLabels ?? []));
    expect(parsed.answers).toEqual(exercise.answers);
    expect(parsed.wordBank).toEqual(exercise.wordBank);
    expect(parsed.kind).toBe("blanks");
  });
});

describe("writeExercise", () => {
  test("makes the handout, the answer key and the draw.io file by default", async () => {
    const { files, diagnostics } = await writeExercise(make("blanks", 3));
    expect(files.map((file) => file.name)).toEqual([
      "blanks-3-bai-tap.docx",
      "blanks-3-dap-an.docx",
      "blanks-3.drawio",
    ]);
    expect(diagnostics).toEqual([]);
    const docx = files[0]?.data as Uint8Array;
    expect([...docx.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  test("names files after `name`, in English with an English exercise", async () => {
    const { files } = await writeExercise(make("order", 1, "en"), {
      name: "birth",
      formats: ["json", "docx"],
    });
    expect(files.map((file) => file.name)).toEqual([
      "birth-handout.docx",
      "birth-answer-key.docx",
      "birth.json",
    ]);
  });

  test("images without a renderer are a programmer error", async () => {
    await expect(writeExercise(make("order"), { formats: ["png"] })).rejects.toThrow(TypeError);
  });
});
