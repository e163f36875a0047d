import type { Procedure } from "@quytrinh/core";

/**
 * A copy of the procedure whose step actions are replaced by `labels` (by step id), for renderers
 * without label overrides: the flowchart then shows "B2. (1)", or "B2" for an empty text.
 */
export function relabelledProcedure(
  procedure: Procedure,
  labels: ReadonlyMap<string, string> | undefined,
): Procedure {
  if (!labels || labels.size === 0) return procedure;
  return {
    ...procedure,
    steps: procedure.steps.map((step) => {
      const label = labels.get(step.id);
      return label === undefined ? step : { ...step, action: label };
    }),
  };
}
