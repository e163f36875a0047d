import { planCorridors } from "./corridors.js";
import type { LayoutDiagram } from "./layout-diagram.js";
import { type LaneMetrics, type Placement, placeNodes } from "./place-nodes.js";
import { type Ranking, rankNodes } from "./rank.js";
import { type Route, routeEdges } from "./route-edges.js";

/** A flowchart's geometry in flow coordinates: rows, boxes and lanes, and every arrow's route. */
export interface FlowLayout {
  ranking: Ranking;
  placement: Placement;
  routes: Map<string, Route>;
}

/**
 * Lays a flowchart out in one call: rows by longest path, margin tracks for arrows that go round,
 * shapes placed in their lanes at the given sizes (across `sa`, along `sl`), arrows routed at right
 * angles clear of shapes. Pure and deterministic; the renderer maps flow coordinates to its page.
 */
export function layoutFlow(
  diagram: LayoutDiagram,
  sizes: ReadonlyMap<string, { sa: number; sl: number }>,
  options: { rowGap: number; metrics: LaneMetrics },
): FlowLayout {
  const ranking = rankNodes(diagram);
  const corridors = planCorridors(diagram, ranking);
  const placement = placeNodes(diagram, ranking, sizes, corridors, options.rowGap, options.metrics);
  return { ranking, placement, routes: routeEdges(diagram, ranking, placement, corridors) };
}
