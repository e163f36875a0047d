import type { Step } from "../model/step.js";
import { durationMinutes } from "./duration-minutes.js";
import type { WorkingTimeOptions } from "./working-time.js";

/**
 * The working minutes a step takes: its duration's length, 0 for a start or end marker without one,
 * `undefined` when unknown (missing, same-day or unparsed) — the way `longestPath` counts.
 */
export function stepMinutes(step: Step, options: WorkingTimeOptions = {}): number | undefined {
  if (step.duration === undefined)
    return step.kind === "start" || step.kind === "end" ? 0 : undefined;
  return durationMinutes(step.duration, options);
}
