import { SIZE } from "../page/fonts.js";
import { PIXELS_PER_TWIP, TEXT_WIDTH } from "../page/page-geometry.js";
import { clip, linesHeight, wrapText } from "./text-measure.js";

/** Width of the flowchart canvas in pixels: the text width, less room for connectors routed outside. */
export const CANVAS_WIDTH = Math.floor(TEXT_WIDTH * PIXELS_PER_TWIP) - 24;

/** Space between shapes on a level and between levels, in pixels. */
export const SPACING = 16;
/** Space between levels, in pixels; room for a branch label too. */
export const LEVEL_SPACING = 30;

/** Lanes narrower than this make boxes too narrow to read; the chart then has no lanes. */
const MIN_LANE_WIDTH = 118;
const MAX_BOX_WIDTH = 210;
const HEADER_PADDING = 12;
const HEADER_POINTS = SIZE.body / 2;

/** How the flowchart is laid out across: lanes with their header text, and the width of boxes. */
export interface LanePlan {
  /** Lane names as drawn (wrapped over lines), by actor; empty when the chart has no lanes. */
  names: Map<string, string>;
  /** Width of process boxes and diamonds, in pixels. */
  boxWidth: number;
  /** Height of the lane headers, in pixels. */
  headerHeight: number;
}

/**
 * Plans the lanes: one per actor when each can be wide enough to read, with the actor's name
 * wrapped to fit its header; otherwise no lanes, and wider boxes that name the actor.
 */
export function planLanes(actors: readonly string[]): LanePlan {
  const laneWidth = Math.floor(CANVAS_WIDTH / Math.max(1, actors.length));
  if (actors.length <= 1 || laneWidth < MIN_LANE_WIDTH) {
    // Without lanes, up to three branches may stand side by side on a level.
    return { names: new Map(), boxWidth: actors.length <= 1 ? 240 : 170, headerHeight: 0 };
  }
  const names = new Map<string, string>();
  let lines = 1;
  for (const actor of actors) {
    const wrapped = wrapText(clip(actor, 60), laneWidth - HEADER_PADDING - 6, HEADER_POINTS);
    lines = Math.max(lines, wrapped.length);
    names.set(actor, unique(wrapped.join("\n"), names));
  }
  return {
    names,
    boxWidth: Math.min(MAX_BOX_WIDTH, laneWidth - SPACING - 6),
    headerHeight: linesHeight(lines, HEADER_POINTS) + HEADER_PADDING,
  };
}

/** Makes a lane name differ from those already taken, as the layout requires. */
function unique(name: string, taken: Map<string, string>): string {
  const used = new Set(taken.values());
  let candidate = name;
  while (used.has(candidate)) candidate = `${candidate}\u200B`;
  return candidate;
}
