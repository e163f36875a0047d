import {
  type CorridorPlan,
  type LaneMetrics,
  type Placement,
  placeNodes as placeWith,
  type Ranking,
} from "@quytrinh/core";
import type { Diagram } from "../diagram.js";
import { CHAR_WIDTH, LINE_HEIGHT, measureText, toGrid } from "../text-metrics.js";

export type { LaneBand, Placement } from "@quytrinh/core";

/** Narrowest and widest a lane grows for its title alone. */
const TITLE_MIN = 140;
const TITLE_MAX = 220;

/** draw.io's measures: titles at 12 pt, lanes on the 10-point grid. */
const DRAWIO_METRICS: LaneMetrics = {
  titleWidth: (title) =>
    Math.min(TITLE_MAX, Math.max(TITLE_MIN, toGrid(measureText(title, 1e9).width + 24))),
  headerSize: (titles, widths) => {
    let lines = 1;
    titles.forEach((title, index) => {
      const room = Math.floor(((widths[index] ?? TITLE_MIN) - 16) / CHAR_WIDTH);
      lines = Math.max(lines, measureText(title, Math.max(1, room)).lines);
    });
    return Math.max(30, toGrid(lines * LINE_HEIGHT + 12));
  },
  round: toGrid,
};

/** Places shapes with core's shared flowchart layout, measuring lane titles as draw.io draws them. */
export function placeNodes(
  diagram: Diagram,
  ranking: Ranking,
  sizes: ReadonlyMap<string, { sa: number; sl: number }>,
  corridors: CorridorPlan,
  rowGap: number,
): Placement {
  return placeWith(diagram, ranking, sizes, corridors, rowGap, DRAWIO_METRICS);
}
