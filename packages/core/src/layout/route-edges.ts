import type { Corridor, CorridorPlan } from "./corridors.js";
import { edgesBy } from "./edges-by.js";
import { type Box, CORRIDOR_GAP, type FlowPoint } from "./geometry.js";
import type { LayoutDiagram, LayoutEdge } from "./layout-diagram.js";
import type { Placement } from "./place-nodes.js";
import type { Ranking } from "./rank.js";
import {
  aroundThrough,
  forwardPaths,
  rowGaps,
  selfLoop,
  sidePoint,
  tightSelfLoop,
} from "./route-candidates.js";
import { addRoute, type Obstacles, obstaclesOf, routeCost } from "./route-cost.js";
import { labelPosition, toRoute } from "./route-shape.js";

/** How one arrow runs: where it leaves and enters its shapes (as fractions of them) and its bends. */
export interface Route {
  exit: FlowPoint;
  entry: FlowPoint;
  /** Bends between the two ends, in flow coordinates. */
  points: FlowPoint[];
  /** The whole arrow in flow coordinates: where it leaves, its bends, where it arrives. */
  path: FlowPoint[];
  /** Where its label sits along it, from -1 (source) to 1 (target), as draw.io measures. */
  labelAt: number;
}

/**
 * Routes every arrow with right-angled bends. Forward arrows try, in order: straight down, a bend in
 * the gap above the target's row, one in the gap below the source's row, across first then down
 * (before the gaps for a decision, so its branches leave by different corners), then their
 * corridors; loops go round through corridors in the lanes' margins, the target's lane first, or
 * the nearer side when both ends share a lane. The first
 * candidate with no cost (see `routeCost`) wins, else the cheapest; ties go to the earlier one.
 */
export function routeEdges(
  diagram: LayoutDiagram,
  ranking: Ranking,
  placement: Placement,
  corridors: CorridorPlan,
): Map<string, Route> {
  const paths = new Map<string, FlowPoint[]>();
  const boxes = placement.boxes;
  const decisions = new Set<string>();
  for (const node of diagram.nodes) if (node.kind === "decision") decisions.add(node.id);
  const context: RouteContext = { ranking, placement, corridors, decisions };
  const exitsUsed = new Set<string>();
  const obstacles = obstaclesOf(boxes);
  for (const edge of diagram.edges) {
    const from = boxes.get(edge.from);
    const to = boxes.get(edge.to);
    if (!from || !to) continue;
    const best = cheapest(candidatesFor(edge, from, to, context), edge, obstacles, exitsUsed);
    if (!best) continue;
    exitsUsed.add(exitKey(edge.from, best));
    addRoute(obstacles, best, edge.to);
    paths.set(edge.id, best);
  }
  return routesOf(diagram, boxes, paths);
}

/** What choosing an arrow's candidate routes needs besides the arrow and its two boxes. */
interface RouteContext {
  ranking: Ranking;
  placement: Placement;
  corridors: CorridorPlan;
  /** Ids of the decision shapes, whose branches leave by their corners first. */
  decisions: ReadonlySet<string>;
}

/**
 * An arrow's candidate routes, most natural first (see `routeEdges`), made one at a time: most
 * arrows take their first, and the routes round through corridors are then never built.
 */
function* candidatesFor(
  edge: LayoutEdge,
  from: Box,
  to: Box,
  context: RouteContext,
): Generator<FlowPoint[]> {
  if (edge.output) {
    yield [sidePoint(from, "after", 0.5), sidePoint(to, "before", 0.5)];
    return;
  }
  const { ranking, placement, corridors } = context;
  const gaps = rowGaps(edge, ranking, placement);
  if (edge.from === edge.to) {
    for (const track of corridorTracks(edge.id, from, corridors, placement)) {
      yield selfLoop(from, track);
    }
    yield tightSelfLoop(from, gaps.aboveTarget);
    return;
  }
  if (!ranking.loops.has(edge.id)) {
    yield* forwardPaths(from, to, gaps, context.decisions.has(edge.from));
  }
  for (const track of corridorTracks(edge.id, from, corridors, placement)) {
    yield* aroundThrough(from, to, track, gaps);
  }
}

/** The first candidate that costs nothing, else the cheapest (the earlier one on a tie). */
function cheapest(
  candidates: Iterable<FlowPoint[]>,
  edge: LayoutEdge,
  obstacles: Obstacles,
  exitsUsed: ReadonlySet<string>,
): FlowPoint[] | undefined {
  let best: FlowPoint[] | undefined;
  let lowest = Number.POSITIVE_INFINITY;
  for (const path of candidates) {
    const cost = routeCost(path, edge, obstacles, exitsUsed.has(exitKey(edge.from, path)));
    if (cost < lowest) [best, lowest] = [path, cost];
    if (cost === 0) break;
  }
  return best;
}

/** Names the point an arrow leaves its source by. */
function exitKey(source: string, path: readonly FlowPoint[]): string {
  return `${source}@${path[0]?.a},${path[0]?.l}`;
}

/** Each routed arrow's ends, bends and label position, with the arrows from the same shape. */
function routesOf(
  diagram: LayoutDiagram,
  boxes: ReadonlyMap<string, Box>,
  paths: ReadonlyMap<string, FlowPoint[]>,
): Map<string, Route> {
  const bySource = edgesBy(diagram.edges, "from");
  const routes = new Map<string, Route>();
  for (const edge of diagram.edges) {
    const path = paths.get(edge.id);
    const from = boxes.get(edge.from);
    const to = boxes.get(edge.to);
    if (!path || !from || !to) continue;
    const siblings: FlowPoint[][] = [];
    for (const other of bySource.get(edge.from) ?? []) {
      const sibling = other.id === edge.id ? undefined : paths.get(other.id);
      if (sibling) siblings.push(sibling);
    }
    const { exit, entry, points } = toRoute(path, from, to);
    routes.set(edge.id, {
      exit,
      entry,
      points,
      path: path.slice(),
      labelAt: labelPosition(path, siblings),
    });
  }
  return routes;
}

/**
 * The across coordinates of an arrow's reserved corridors; when they are the two sides of one
 * lane, the side nearer the source comes first.
 */
function corridorTracks(
  edgeId: string,
  from: Box,
  corridors: CorridorPlan,
  placement: Placement,
): number[] {
  const reserved = corridors.byEdge.get(edgeId) ?? [];
  const tracks = reserved.map((track) => trackAt(track, placement));
  const lane = reserved[0]?.lane;
  if (lane !== undefined && reserved.every((track) => track.lane === lane)) {
    const middle = from.a + from.sa / 2;
    tracks.sort((x, y) => Math.abs(x - middle) - Math.abs(y - middle));
  }
  return tracks;
}

/** The across coordinate of a reserved corridor: outside the lane's shapes, nearest first. */
function trackAt(track: Corridor, placement: Placement): number {
  const band = placement.lanes[track.lane];
  if (!band) return 0;
  const offset = CORRIDOR_GAP * (track.index + 1);
  return track.side === "before" ? band.contentStart - offset : band.contentEnd + offset;
}
