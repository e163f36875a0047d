import { describe, expect, test } from "vitest";
import { createExercise, type Exercise, exerciseDrawio, exerciseSteps } from "../src/index.js";
import { type DrawioCell, drawioCells } from "./support/drawio-cells.js";
import { EXAMPLES } from "./support/examples.js";

const cases = EXAMPLES.flatMap(({ name, procedure }) =>
  (["order", "blanks", "errors"] as const).flatMap((kind) =>
    [1, 7].map((seed) => {
      const { exercise } = createExercise(procedure, kind, { seed });
      return { name, kind, seed, exercise: exercise as Exercise };
    }),
  ),
);

/** The text a cell shows, with HTML line breaks as new lines. */
const shown = (cell: DrawioCell) => cell.value.replace(/<br>/g, "\n");

describe.each(cases)("$kind on $name, seed $seed, as draw.io", ({ kind, exercise }) => {
  const xml = exerciseDrawio(exercise);
  const cells = drawioCells(xml);
  const ids = new Set(cells.map((cell) => cell.id));

  test("every edge's source and target exist, and every parent does", () => {
    const edges = cells.filter((cell) => cell.edge);
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      expect(ids.has(edge.source ?? "")).toBe(true);
      expect(ids.has(edge.target ?? "")).toBe(true);
    }
    for (const cell of cells)
      if (cell.parent !== undefined) expect(ids.has(cell.parent)).toBe(true);
  });

  test("each step's box shows its replacement, and no replaced text remains in the file", () => {
    const texts = cells.map(shown);
    const stepOf = new Map(exercise.procedure.steps.map((step) => [step.id, step]));
    for (const [stepId, label] of exercise.flowchartLabels ?? []) {
      const first = texts.find((text) => text === stepId || text.startsWith(`${stepId}.`));
      expect(first?.split("\n")[0]).toBe(label === "" ? stepId : `${stepId}. ${label}`);
      const original = stepOf.get(stepId)?.action ?? "";
      const boxes = cells.filter((cell) => !cell.id.startsWith("card-")).map(shown);
      expect(boxes.some((text) => text.includes(original))).toBe(false);
      // "blanks" keeps no trace of a blanked text; "order" has it once, on its card.
      expect(xml.split(original).length - 1).toBe(kind === "order" ? 1 : 0);
    }
    if (kind === "order") {
      expect(exercise.flowchartLabels?.size).toBe(exerciseSteps(exercise.procedure).length);
    }
  });

  test("the order cards sit right of the flowchart, one shape per card", () => {
    const cards = cells.filter((cell) => cell.id.startsWith("card-"));
    expect(cards.map((cell) => shown(cell).split(". ")[0])).toEqual(
      (exercise.cards ?? []).map((card) => card.label),
    );
    const right = Math.max(
      ...[
        ...xml.matchAll(
          /<mxCell id="(lane-\d+|title)"[^>]*>\s*<mxGeometry x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g,
        ),
      ].map((match) => Number(match[2]) + Number(match[3])),
    );
    for (const match of xml.matchAll(
      /<mxCell id="card-[A-Z]+"[^>]*>\s*<mxGeometry x="([\d.]+)"/g,
    )) {
      expect(Number(match[1])).toBeGreaterThan(right);
    }
  });

  test("only the order frame hides the durations, which would give the order away", () => {
    const durations = exercise.procedure.steps.flatMap((step) =>
      step.duration ? [step.duration.text] : [],
    );
    const hasDuration = cells.some((cell) => durations.some((d) => shown(cell).includes(`\n${d}`)));
    expect(hasDuration).toBe(kind !== "order" && durations.length > 0);
  });
});
