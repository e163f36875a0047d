import type { NodeKind } from "./flow-graph.js";
import { clip, linesHeight, wrapText } from "./text-measure.js";

/** A node's text, font size in points, and box in pixels, worked out before layout. */
export interface SizedText {
  lines: string[];
  points: number;
  width: number;
  height: number;
}

/** Text sizes in points: 10 pt in boxes, 9 pt in diamonds and connectors (never below 9 pt). */
export const POINTS = { box: 10, small: 9 } as const;

/** Inner margin of a shape's text, in points and in pixels. */
export const TEXT_MARGIN_POINTS = 3;
const TEXT_MARGIN = 4;

/** Most characters a node shows; the process table holds the whole text. */
const MAX_CHARACTERS: Record<NodeKind, number> = {
  process: 110,
  document: 100,
  decision: 44,
  terminal: 48,
};

/** Sizes a node of `kind` with `text` for a lane whose shapes may be `width` pixels wide. */
export function sizeNode(kind: NodeKind, text: string, width: number): SizedText {
  const label = clip(text, MAX_CHARACTERS[kind]);
  if (kind === "decision") {
    // The text of a diamond sits in its middle half, so the diamond is twice as tall as its text.
    const points = POINTS.small;
    // Readers wrap a little sooner than the estimate; a spare line keeps the last one visible.
    const lines = wrapText(label, width / 2 - 2 * TEXT_MARGIN - 4, points);
    return {
      lines,
      points,
      width,
      height: Math.max(64, 2 * linesHeight(lines.length + 1, points) + 8),
    };
  }
  const points = POINTS.box;
  const boxWidth = kind === "terminal" ? Math.round(width * 0.8) : width;
  const lines = wrapText(label, boxWidth - 2 * TEXT_MARGIN - 4, points);
  const textHeight = linesHeight(lines.length, points) + 2 * TEXT_MARGIN;
  if (kind === "document") {
    // The wavy bottom of a document takes about a fifth of its height.
    return { lines, points, width: boxWidth, height: Math.max(44, Math.ceil(textHeight / 0.8)) };
  }
  return {
    lines,
    points,
    width: boxWidth,
    height: Math.max(kind === "terminal" ? 32 : 40, textHeight),
  };
}

/** The size of an off-page connector holding a step id. */
export function sizeOffPage(text: string): SizedText {
  const lines = [clip(text, 8)];
  return { lines, points: POINTS.small, width: 48, height: 40 };
}
