import { type MermaidResult, toMermaid } from "@quytrinh/mermaid";
import type { Exercise } from "../exercise.js";
import { relabelledProcedure } from "../relabelled-procedure.js";

/**
 * The exercise's flowchart as Mermaid text, with the same boxes as its draw.io file: blanks
 * numbered, the frame's boxes empty (and no durations for "order").
 */
export function exerciseMermaid(exercise: Exercise): MermaidResult {
  return toMermaid(relabelledProcedure(exercise.procedure, exercise.flowchartLabels), {
    lang: exercise.lang,
    showDurations: exercise.kind !== "order",
  });
}
