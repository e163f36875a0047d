import {
  type Box,
  type FlowPoint,
  type LaneMetrics,
  type Placement,
  placeNodes,
  planCorridors,
  type Ranking,
  type Route,
  rankNodes,
  routeEdges,
} from "@quytrinh/core";
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
import { type PageArrow, type PageDiagram, type PageShape, pageDiagram } from "./page-diagram.js";
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
 * keeps the sizes of shapes between the pages a pagination tries. Pagination measures two or three
 * candidate pages for each page it keeps and needs only their height, so a page's arrows are
 * routed when `arrows` is first read.
 */
export function layoutPage(
  graph: FlowGraph,
  page: FlowPage,
  lanes: LanePlan,
  sizeCache: Map<string, SizedText> = new Map(),
): PageLayout {
  const titles = lanes.actors;
  const { shapes, arrows, diagram, ranking } = rankedPage(graph, page, lanes);
  const corridors = planCorridors(diagram, ranking);
  const { placement, sizes } = fitBoxes(shapes, lanes, sizeCache, (flowSizes) =>
    placeNodes(diagram, ranking, flowSizes, corridors, ROW_GAP, laneMetrics(titles)),
  );
  // Lanes grow to fill the canvas; without lanes the chart is centred on it.
  const widths = fillLaneWidths(
    placement.lanes.map((band) => band.sa),
    CANVAS_WIDTH,
  );
  const shift = laneShift(placement.lanes, widths);
  // The layout sized the title strip for the lanes' natural widths, where a lane with nothing
  // on this page is a sliver and its title would stand one letter a line. Wrap the titles again
  // for the widened lanes and lift the chart by the height this saves.
  const laneWidth = titles.length > 0 ? CANVAS_WIDTH / titles.length : 0;
  const headers = titles.map((title, lane) => laneTitle(title, widths[lane] ?? laneWidth));
  const header = titles.length > 0 ? laneHeaderHeight(headers) : placement.header;
  const lift = Math.max(0, placement.header - header);
  const at = (point: FlowPoint): CanvasPoint => ({ x: shift(point.a), y: point.l - lift });
  let right = 0;
  const placedLanes = widths.map((laneWidth, lane) => {
    const placed = { name: headers[lane] ?? "", x: right, width: laneWidth };
    right += laneWidth;
    return placed;
  });
  let routed: PlacedArrow[] | undefined;
  return {
    width: Math.max(right, CANVAS_WIDTH),
    height: placement.along - lift,
    header: placement.header - lift,
    lanes: titles.length > 0 ? placedLanes : [],
    shapes: placeShapes(shapes, placement, sizes, (box) => ({ x: shift(box.a), y: box.l - lift })),
    get arrows() {
      routed ??= placeArrows(arrows, routeEdges(diagram, ranking, placement, corridors), at);
      return routed;
    },
  };
}

/** How the page's lanes are measured: titles wrapped at the lane's width, sizes in whole pixels. */
function laneMetrics(titles: readonly string[]): LaneMetrics {
  const laneWidth = titles.length > 0 ? CANVAS_WIDTH / titles.length : 0;
  return {
    titleWidth: laneTitleMinWidth,
    headerSize: (_, widths) =>
      laneHeaderHeight(titles.map((title, lane) => laneTitle(title, widths[lane] ?? laneWidth))),
    round: Math.ceil,
    margin: LANE_MARGIN,
    padding: LANE_PADDING,
  };
}

/**
 * Places the shapes at the first box width, then narrower ones while the lanes are wider than
 * the canvas (at most `ATTEMPTS` widths); returns the last placement and the sizes it used.
 */
function fitBoxes(
  shapes: readonly PageShape[],
  lanes: LanePlan,
  sizeCache: Map<string, SizedText>,
  place: (sizes: ReadonlyMap<string, { sa: number; sl: number }>) => Placement,
): { placement: Placement; sizes: Map<string, SizedText> } {
  let boxWidth = firstBoxWidth(lanes);
  for (let attempt = 1; ; attempt++) {
    const sizes = new Map<string, SizedText>();
    const flowSizes = new Map<string, { sa: number; sl: number }>();
    for (const shape of shapes) {
      const size = sizeOf(shape, boxWidth, sizeCache);
      sizes.set(shape.id, size);
      flowSizes.set(shape.id, { sa: size.width, sl: size.height });
    }
    const placement = place(flowSizes);
    const total = placement.lanes.reduce((sum, band) => sum + band.sa, 0);
    if (total <= CANVAS_WIDTH + 1 || attempt >= ATTEMPTS) return { placement, sizes };
    boxWidth -= Math.ceil((total - CANVAS_WIDTH) / Math.max(1, placement.lanes.length));
  }
}

/** The page's shapes at their boxes' corners (`corner` maps a box to the canvas), with their sizes. */
function placeShapes(
  shapes: readonly PageShape[],
  placement: Placement,
  sizes: ReadonlyMap<string, SizedText>,
  corner: (box: Box) => CanvasPoint,
): PlacedShape[] {
  const placed: PlacedShape[] = [];
  for (const shape of shapes) {
    const box = placement.boxes.get(shape.id);
    const size = sizes.get(shape.id);
    if (!box || !size) continue;
    const { x, y } = corner(box);
    placed.push({
      id: shape.id,
      kind: shape.kind,
      text: shape.text,
      actor: shape.actor,
      x,
      y,
      size,
    });
  }
  return placed;
}

/** The page's arrows along their routes, turned round where drawn against the layout's direction. */
function placeArrows(
  arrows: readonly PageArrow[],
  routes: ReadonlyMap<string, Route>,
  at: (point: FlowPoint) => CanvasPoint,
): PlacedArrow[] {
  return arrows.flatMap((arrow) => {
    const route = routes.get(arrow.id);
    if (!route) return [];
    const path = route.path.map(at);
    const points = arrow.reversed ? path.reverse() : path;
    const label = arrow.label ? pointAlong(points, route.labelAt) : undefined;
    return [{ ...arrow, points, ...(label ? { labelAt: label } : {}) }];
  });
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
  const { shapes, ranking } = rankedPage(graph, page, lanes);
  const boxWidth = firstBoxWidth(lanes);
  const { rank } = ranking;
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

/** A page's shapes, arrows and rows, with the graph and lane plan they were made for. */
interface RankedPage extends PageDiagram {
  ranking: Ranking;
  graph: FlowGraph;
  lanes: LanePlan;
}

/** Pagination estimates a page and then lays the same page out: both share its diagram and rows. */
const rankedPages = new WeakMap<FlowPage, RankedPage>();

function rankedPage(graph: FlowGraph, page: FlowPage, lanes: LanePlan): RankedPage {
  const known = rankedPages.get(page);
  if (known && known.graph === graph && known.lanes === lanes) return known;
  const index = new Map(lanes.actors.map((actor, lane) => [actor, lane]));
  const laneOf = (actor: string) => index.get(actor) ?? 0;
  const parts = pageDiagram(graph, page, laneOf, lanes.actors);
  const ranked = { ...parts, ranking: rankNodes(parts.diagram), graph, lanes };
  rankedPages.set(page, ranked);
  return ranked;
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
