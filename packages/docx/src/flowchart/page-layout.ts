import { type FlowPoint, type LaneMetrics, layoutFlow, rankNodes } from "@quytrinh/core";
import type { FlowGraph } from "./flow-graph.js";
import {
  CANVAS_WIDTH,
  type LanePlan,
  laneHeaderHeight,
  laneTitle,
  laneTitleMinWidth,
} from "./flowchart-lanes.js";
import { fillLaneWidths, laneShift } from "./lane-widths.js";
import { type SizedText, sizeNode, sizeOffPage } from "./node-size.js";
import { type PageArrow, type PageShape, pageDiagram } from "./page-diagram.js";
import type { FlowPage } from "./paginate-flow.js";

/** Space between rows in pixels: room for a branch label on the arrow between them. */
export const ROW_GAP = 28;
/** Space between a lane's side and its shapes, and above the first and below the last row. */
const LANE_MARGIN = 8;
const LANE_PADDING = 14;

/** A point on the canvas, in pixels from its top left corner. */
export interface CanvasPoint {
  x: number;
  y: number;
}

/** A shape at its place on the canvas, with its text wrapped and sized. */
export interface PlacedShape extends PageShape {
  x: number;
  y: number;
  size: SizedText;
}

/** An arrow's route on the canvas, from the source's edge to the target's, with its label. */
export interface PlacedArrow extends PageArrow {
  points: CanvasPoint[];
  /** Where the middle of the label goes. */
  labelAt?: CanvasPoint;
}

/** A lane's column on the canvas. */
export interface PlacedLane {
  name: string;
  x: number;
  width: number;
}

/** One page of the flowchart laid out in pixels. */
export interface PageLayout {
  width: number;
  height: number;
  header: number;
  lanes: PlacedLane[];
  shapes: PlacedShape[];
  arrows: PlacedArrow[];
}

/** Box widths tried, narrowest last, until the lanes fit across the canvas. */
const ATTEMPTS = 3;

/**
 * Lays out one page with core's shared flowchart layout: lanes filling the canvas width, shapes in
 * their lane and row, arrows at right angles clear of the shapes. Boxes are made narrower (text
 * wraps over more lines, never smaller) while the lanes are wider than the canvas. `sizeCache`
 * keeps the sizes of shapes between the pages a pagination tries.
 */
export function layoutPage(
  graph: FlowGraph,
  page: FlowPage,
  lanes: LanePlan,
  sizeCache: Map<string, SizedText> = new Map(),
): PageLayout {
  const titles = lanes.actors;
  const index = new Map(titles.map((actor, lane) => [actor, lane]));
  const { shapes, arrows, diagram } = pageDiagram(
    graph,
    page,
    (actor) => index.get(actor) ?? 0,
    titles,
  );
  const laneWidth = titles.length > 0 ? CANVAS_WIDTH / titles.length : 0;
  let headers: string[] = [];
  const metrics: LaneMetrics = {
    titleWidth: laneTitleMinWidth,
    headerSize: (_, widths) => {
      headers = titles.map((title, lane) => laneTitle(title, widths[lane] ?? laneWidth));
      return laneHeaderHeight(headers);
    },
    round: Math.ceil,
    margin: LANE_MARGIN,
    padding: LANE_PADDING,
  };
  let boxWidth = firstBoxWidth(lanes);
  for (let attempt = 1; ; attempt++) {
    const width = boxWidth;
    const sizes = new Map<string, SizedText>(
      shapes.map((shape) => [shape.id, sizeOf(shape, width, sizeCache)]),
    );
    const flowSizes = new Map(
      [...sizes].map(([id, size]) => [id, { sa: size.width, sl: size.height }]),
    );
    const { placement, routes } = layoutFlow(diagram, flowSizes, { rowGap: ROW_GAP, metrics });
    const total = placement.lanes.reduce((sum, band) => sum + band.sa, 0);
    if (total > CANVAS_WIDTH + 1 && attempt < ATTEMPTS) {
      boxWidth -= Math.ceil((total - CANVAS_WIDTH) / Math.max(1, placement.lanes.length));
      continue;
    }
    // Lanes grow to fill the canvas; without lanes the chart is centred on it.
    const widths = fillLaneWidths(
      placement.lanes.map((band) => band.sa),
      CANVAS_WIDTH,
    );
    const shift = laneShift(placement.lanes, widths);
    // The layout sized the title strip for the lanes' natural widths, where a lane with nothing
    // on this page is a sliver and its title would stand one letter a line. Wrap the titles again
    // for the widened lanes and lift the chart by the height this saves.
    headers = titles.map((title, lane) => laneTitle(title, widths[lane] ?? laneWidth));
    const header = titles.length > 0 ? laneHeaderHeight(headers) : placement.header;
    const lift = Math.max(0, placement.header - header);
    const at = (point: FlowPoint): CanvasPoint => ({ x: shift(point.a), y: point.l - lift });
    let right = 0;
    const placedLanes = widths.map((laneWidth, lane) => {
      const placed = { name: headers[lane] ?? "", x: right, width: laneWidth };
      right += laneWidth;
      return placed;
    });
    return {
      width: Math.max(right, CANVAS_WIDTH),
      height: placement.along - lift,
      header: placement.header - lift,
      lanes: titles.length > 0 ? placedLanes : [],
      shapes: shapes.flatMap((shape) => {
        const box = placement.boxes.get(shape.id);
        const size = sizes.get(shape.id);
        return box && size ? [{ ...shape, x: shift(box.a), y: box.l - lift, size }] : [];
      }),
      arrows: arrows.flatMap((arrow) => {
        const route = routes.get(arrow.id);
        if (!route) return [];
        const path = route.path.map(at);
        const points = arrow.reversed ? path.reverse() : path;
        const label = arrow.label ? pointAlong(points, route.labelAt) : undefined;
        return [{ ...arrow, points, ...(label ? { labelAt: label } : {}) }];
      }),
    };
  }
}

/**
 * A quick estimate of a page's height, without placing shapes or routing arrows: rows by longest
 * path, each as tall as its tallest shape at the first box width tried, and lane titles wrapped
 * as narrow as a lane can be. `layoutPage` is never shorter unless boxes had to be narrowed.
 */
export function estimatePageHeight(
  graph: FlowGraph,
  page: FlowPage,
  lanes: LanePlan,
  sizeCache: Map<string, SizedText> = new Map(),
): number {
  const titles = lanes.actors;
  const index = new Map(titles.map((actor, lane) => [actor, lane]));
  const { shapes, diagram } = pageDiagram(graph, page, (actor) => index.get(actor) ?? 0, titles);
  const boxWidth = firstBoxWidth(lanes);
  const { rank } = rankNodes(diagram);
  const rows: number[] = [];
  for (const shape of shapes) {
    const row = rank.get(shape.id) ?? 0;
    rows[row] = Math.max(rows[row] ?? 0, sizeOf(shape, boxWidth, sizeCache).height);
  }
  const body = rows.reduce((sum, height) => sum + (height ?? 0) + ROW_GAP, 0) - ROW_GAP;
  const header =
    titles.length === 0
      ? 0
      : laneHeaderHeight(titles.map((title) => laneTitle(title, boxWidth + 2 * LANE_MARGIN)));
  return header + 2 * LANE_PADDING + Math.max(0, body);
}

/** The width boxes are first given: the lane's share of the canvas less its margins. */
function firstBoxWidth(lanes: LanePlan): number {
  if (lanes.actors.length === 0) return lanes.boxWidth;
  return Math.min(lanes.boxWidth, CANVAS_WIDTH / lanes.actors.length - 2 * LANE_MARGIN);
}

/** A shape's size at a box width, remembered in `cache`. */
function sizeOf(shape: PageShape, boxWidth: number, cache: Map<string, SizedText>): SizedText {
  if (shape.kind === "offPage") return sizeOffPage(shape.text);
  const key = `${shape.id}\u0000${boxWidth}`;
  const known = cache.get(key);
  if (known) return known;
  const size = sizeNode(shape.kind, shape.text, boxWidth);
  cache.set(key, size);
  return size;
}

/** The point at a relative position along a polyline: -1 at its start, 0 halfway, 1 at its end. */
function pointAlong(points: readonly CanvasPoint[], relative: number): CanvasPoint | undefined {
  const lengths = points.slice(1).map((point, index) => distance(points[index] ?? point, point));
  let remaining = ((relative + 1) / 2) * lengths.reduce((sum, length) => sum + length, 0);
  for (const [index, length] of lengths.entries()) {
    const start = points[index];
    const end = points[index + 1];
    if (!start || !end) break;
    if (remaining <= length || index === lengths.length - 1) {
      const share = length === 0 ? 0 : Math.min(1, remaining / length);
      return { x: start.x + (end.x - start.x) * share, y: start.y + (end.y - start.y) * share };
    }
    remaining -= length;
  }
  return points[0];
}

function distance(first: CanvasPoint, second: CanvasPoint): number {
  return Math.abs(first.x - second.x) + Math.abs(first.y - second.y);
}
