import type { Step } from "@quytrinh/core";
import type { ResolvedOptions } from "./options.js";

/**
 * The plain text of a step's shape: "B2. action" ("action" alone for a start or end terminal; the
 * id when there is no action), then the duration on its own line. An override replaces the action.
 */
export function stepText(step: Step, options: ResolvedOptions): string {
  const action = options.labels.steps?.get(step.id) ?? step.action;
  const terminal = step.kind === "start" || step.kind === "end";
  const first = action.trim() === "" ? step.id : terminal ? action : `${step.id}. ${action}`;
  const lines = [first];
  const duration = step.duration?.text.trim();
  if (options.showDurations && duration) lines.push(duration);
  return lines.join("\n");
}
