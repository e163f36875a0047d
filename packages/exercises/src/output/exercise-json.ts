import type { Exercise } from "../exercise.js";

/**
 * The exercise as JSON text for learning tools: the same fields, with `flowchartLabels` as an
 * object by step id. Includes the answers: it is for software, not for trainees.
 */
export function exerciseJson(exercise: Exercise): string {
  const { flowchartLabels, ...rest } = exercise;
  const labels = flowchartLabels ? { flowchartLabels: Object.fromEntries(flowchartLabels) } : {};
  return `${JSON.stringify({ ...rest, ...labels }, null, 2)}\n`;
}
