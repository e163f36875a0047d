import type { Procedure } from "../model/procedure.js";
import { END, type Step } from "../model/step.js";

/** One arrow of the flowchart: from a step to a step id or `END`, with the branch label if any. */
export interface FlowEdge {
  from: string;
  to: string;
  label?: string;
}

/**
 * The arrows leaving one step. An `end` step has none; a step with branches goes where they say;
 * any other step goes to the next step in order, or to `END` after the last one.
 */
export function stepEdges(steps: readonly Step[], index: number): FlowEdge[] {
  const step = steps[index];
  if (!step || step.kind === "end") return [];
  if (step.branches.length > 0) {
    return step.branches.map((branch) =>
      branch.label === undefined
        ? { from: step.id, to: branch.target }
        : { from: step.id, to: branch.target, label: branch.label },
    );
  }
  const next = steps[index + 1];
  return [{ from: step.id, to: next ? next.id : END }];
}

/** Every arrow of the procedure's flow, in step order. */
export function flowEdges(procedure: Pick<Procedure, "steps">): FlowEdge[] {
  return procedure.steps.flatMap((_, index) => stepEdges(procedure.steps, index));
}
