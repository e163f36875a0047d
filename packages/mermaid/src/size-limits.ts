import type { Diagnostic, Place } from "@quytrinh/core";
import type { Messages } from "./messages.js";

/** Mermaid's default `maxTextSize`: longer text renders as an error picture. */
export const MAX_TEXT_SIZE = 50_000;
/** Mermaid's default `maxEdges`: more arrows render as an error picture. */
export const MAX_EDGES = 500;

/** An error diagnostic when the text or the number of arrows is over Mermaid's limits. */
export function checkSize(
  text: string,
  edges: number,
  messages: Messages,
  place: Place | undefined,
): Diagnostic[] {
  const reasons: { reason: string; actual: string }[] = [];
  if (text.length > MAX_TEXT_SIZE) {
    reasons.push({
      reason: messages.tooLargeText(text.length, MAX_TEXT_SIZE),
      actual: String(text.length),
    });
  }
  if (edges > MAX_EDGES) {
    reasons.push({ reason: messages.tooManyEdges(edges, MAX_EDGES), actual: String(edges) });
  }
  return reasons.map(({ reason, actual }) => ({
    ruleId: "flowchart-too-large",
    source: "quytrinh-mermaid",
    severity: "error",
    reason,
    expected: messages.tooLargeFix,
    actual,
    ...(place ? { place } : {}),
  }));
}
