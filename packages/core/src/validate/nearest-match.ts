import { editDistance } from "./edit-distance.js";
import { foldText } from "./fold-text.js";

/**
 * The candidate that `written` most likely meant: equal once case, diacritics, dashes and spaces are
 * ignored, or within a small edit distance (1 for short words, 2 from 8 letters, 3 from 16).
 * `undefined` when nothing is close or `written` is itself a candidate.
 */
export function nearestMatch(written: string, candidates: readonly string[]): string | undefined {
  if (candidates.includes(written)) return undefined;
  const folded = foldText(written);
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(folded, foldText(candidate));
    if (distance <= allowedDistance(folded) && (!best || distance < best.distance)) {
      best = { candidate, distance };
    }
  }
  return best?.candidate;
}

function allowedDistance(folded: string): number {
  if (folded.length >= 16) return 3;
  if (folded.length >= 8) return 2;
  return folded.length >= 3 ? 1 : 0;
}
