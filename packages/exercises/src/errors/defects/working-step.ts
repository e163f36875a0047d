import type { Step } from "@quytrinh/core";

/** Whether a step is work someone does (a process or a decision), not a start or end marker. */
export function isWorkingStep(step: Step): boolean {
  return step.kind === "process" || step.kind === "decision";
}

/** The spot key of a step, so that two defects never land on the same step. */
export function stepSpot(stepId: string): string {
  return `step:${stepId}`;
}

/** The step with `id` in `steps`; throws when a plan outlives its step (a bug, never user input). */
export function stepById(steps: readonly Step[], id: string): Step {
  const step = steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`injectDefects: step ${id} disappeared while applying defects`);
  return step;
}
