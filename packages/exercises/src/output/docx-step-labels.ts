import type { Exercise } from "../exercise.js";

/** A dotted line to write on, in an empty box of the "order" frame. */
const WRITE_HERE = "……………";

/**
 * The texts of the exercise's boxes in the Word flowchart, which replace a step's whole
 * "B2. action": "B2. (1)" for a blank, "B2. ……………" for an empty box of the frame.
 */
export function docxStepLabels(exercise: Exercise): Map<string, string> {
  const labels = new Map<string, string>();
  for (const [stepId, text] of exercise.flowchartLabels ?? []) {
    labels.set(stepId, `${stepId}. ${text === "" ? WRITE_HERE : text}`);
  }
  return labels;
}
