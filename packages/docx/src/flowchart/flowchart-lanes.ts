import { SIZE } from "../page/fonts.js";
import { PIXELS_PER_TWIP, TEXT_WIDTH } from "../page/page-geometry.js";
import { clip, linesHeight, textWidth, wrapText } from "./text-measure.js";

/** Width of the flowchart canvas in pixels: the text width, less a little room on the right. */
export const CANVAS_WIDTH = Math.floor(TEXT_WIDTH * PIXELS_PER_TWIP) - 24;

/** Lanes narrower than this make boxes too narrow to read; the chart then has no lanes. */
const MIN_LANE_WIDTH = 118;
const MAX_BOX_WIDTH = 210;
/** Room left and right of a lane title, in pixels. */
const HEADER_PADDING = 12;
/** Lane titles are wrapped as if 13 pt and drawn at 12 pt, so they always fit their lines. */
const HEADER_POINTS = SIZE.body / 2;

/** How the flowchart is laid out across: lanes or none, and the width of boxes. */
export interface LanePlan {
  /** The actor of each lane, in order; empty when the chart has no lanes. */
  actors: string[];
  /** Width of process boxes and diamonds, in pixels, before they are fitted to the lanes. */
  boxWidth: number;
}

/**
 * Plans the lanes: one per actor when each can be wide enough to read; otherwise no lanes, and
 * wider boxes that name the actor.
 */
export function planLanes(actors: readonly string[]): LanePlan {
  const laneWidth = Math.floor(CANVAS_WIDTH / Math.max(1, actors.length));
  if (actors.length <= 1 || laneWidth < MIN_LANE_WIDTH) {
    // Without lanes, up to three branches may stand side by side on a row.
    return { actors: [], boxWidth: actors.length <= 1 ? 240 : 170 };
  }
  return { actors: [...actors], boxWidth: Math.min(MAX_BOX_WIDTH, laneWidth) };
}

/** A lane's title wrapped over lines (joined by `\n`) to fit a lane `width` pixels wide. */
export function laneTitle(actor: string, width: number): string {
  return wrapText(clip(actor, 60), width - HEADER_PADDING - 6, HEADER_POINTS).join("\n");
}

/** Capitals and wide letters ("UBND") run wider than the average the text measure assumes. */
const WORD_WIDTH_MARGIN = 1.35;

/** The narrowest a lane can be with its title still wrapped at spaces: its longest word fits. */
export function laneTitleMinWidth(actor: string): number {
  const words = clip(actor, 60).split(/\s+/u);
  const widest = Math.max(0, ...words.map((word) => textWidth(word, HEADER_POINTS)));
  return Math.ceil(widest * WORD_WIDTH_MARGIN) + HEADER_PADDING + 6;
}

/** Height in pixels of the lanes' title strip for these wrapped titles. */
export function laneHeaderHeight(titles: readonly string[]): number {
  const lines = Math.max(1, ...titles.map((title) => title.split("\n").length));
  return linesHeight(lines, HEADER_POINTS) + HEADER_PADDING;
}
