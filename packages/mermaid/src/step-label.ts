import type { Step } from "@quytrinh/core";
import { escapeLabel } from "./escape-label.js";
import type { ResolvedOptions } from "./options.js";

/**
 * The escaped label of a step: "B2. action" ("action" alone for a start or end terminal), then
 * actors and duration on their own lines.
 */
export function stepLabel(step: Step, options: ResolvedOptions): string {
  const terminal = step.kind === "start" || step.kind === "end";
  const action =
    step.action.trim() === "" ? step.id : terminal ? step.action : `${step.id}. ${step.action}`;
  const label = (text: string) => escapeLabel(text, options.labels);
  const lines = [label(action)];
  const actors = step.actors.map((actor) => actor.trim()).filter((actor) => actor !== "");
  if (options.showActors && actors.length > 0) lines.push(label(actors.join(", ")));
  if (options.showDurations && step.duration && step.duration.text.trim() !== "") {
    lines.push(label(step.duration.text));
  }
  return lines.join("<br>");
}
