import type { Corridor, CorridorPlan } from "./corridors.js";
import { CORRIDOR_GAP, type FlowPoint } from "./geometry.js";
import type { LayoutDiagram } from "./layout-diagram.js";
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
import { routeCost, type Segment, segmentsOf } from "./route-cost.js";
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
  const decisions = new Set(
    diagram.nodes.filter((node) => node.kind === "decision").map((node) => node.id),
  );
  const exitsUsed = new Set<string>();
  const segments: Segment[] = [];
  for (const edge of diagram.edges) {
    const from = boxes.get(edge.from);
    const to = boxes.get(edge.to);
    if (!from || !to) continue;
    const middle = from.a + from.sa / 2;
    const reserved = corridors.byEdge.get(edge.id) ?? [];
    const tracks = reserved.map((track) => trackAt(track, placement));
    // Both sides of one lane: try the side nearer the source first.
    if (new Set(reserved.map((track) => track.lane)).size === 1) {
      tracks.sort((x, y) => Math.abs(x - middle) - Math.abs(y - middle));
    }
    const gaps = rowGaps(edge, ranking, placement);
    const around = tracks.flatMap((track) => aroundThrough(from, to, track, gaps));
    const candidates = edge.output
      ? [[sidePoint(from, "after", 0.5), sidePoint(to, "before", 0.5)]]
      : edge.from === edge.to
        ? [...tracks.map((track) => selfLoop(from, track)), tightSelfLoop(from, gaps.aboveTarget)]
        : ranking.loops.has(edge.id)
          ? around
          : [...forwardPaths(from, to, gaps, decisions.has(edge.from)), ...around];
    const exitKey = (path: readonly FlowPoint[]) => `${edge.from}@${path[0]?.a},${path[0]?.l}`;
    let best: FlowPoint[] | undefined;
    let lowest = Number.POSITIVE_INFINITY;
    for (const path of candidates) {
      const cost = routeCost(path, edge, { boxes, segments }, exitsUsed.has(exitKey(path)));
      if (cost < lowest) [best, lowest] = [path, cost];
      if (cost === 0) break;
    }
    if (!best) continue;
    exitsUsed.add(exitKey(best));
    segments.push(...segmentsOf(best, edge.to));
    paths.set(edge.id, best);
  }
  const routes = new Map<string, Route>();
  for (const edge of diagram.edges) {
    const path = paths.get(edge.id);
    const from = boxes.get(edge.from);
    const to = boxes.get(edge.to);
    if (!path || !from || !to) continue;
    const siblings = diagram.edges
      .filter((other) => other.from === edge.from && other.id !== edge.id)
      .map((other) => paths.get(other.id))
      .filter((other): other is FlowPoint[] => other !== undefined);
    routes.set(edge.id, {
      ...toRoute(path, from, to),
      path: [...path],
      labelAt: labelPosition(path, siblings),
    });
  }
  return routes;
}

/** The across coordinate of a reserved corridor: outside the lane's shapes, nearest first. */
function trackAt(track: Corridor, placement: Placement): number {
  const band = placement.lanes[track.lane];
  if (!band) return 0;
  const offset = CORRIDOR_GAP * (track.index + 1);
  return track.side === "before" ? band.contentStart - offset : band.contentEnd + offset;
}
