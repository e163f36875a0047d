import type { Side } from "./geometry.js";
import type { LayoutDiagram } from "./layout-diagram.js";
import type { Ranking } from "./rank.js";

/** A track in a lane's margin that one arrow may run along, clear of every shape. */
export interface Corridor {
  lane: number;
  side: Side;
  /** 0 is nearest the shapes. */
  index: number;
}

/** The corridors reserved for each arrow that may need to go round shapes, and how many each margin holds. */
export interface CorridorPlan {
  byEdge: Map<string, Corridor[]>;
  count(lane: number, side: Side): number;
}

/**
 * Reserves margin tracks before layout, from rows alone: a loop gets one beside its target (on the
 * side facing its source) and one beside its source, or one on each side of their shared lane; an
 * arrow down its own lane past other shapes gets one on the lane's after side; an arrow to another
 * lane that skips rows gets one beside its target, on the side facing its source. With the gaps
 * between rows, these give every arrow a route clear of shapes. Reserving more than is used only
 * widens a margin.
 */
export function planCorridors(diagram: LayoutDiagram, ranking: Ranking): CorridorPlan {
  const laneOf = new Map(diagram.nodes.map((node) => [node.id, node.lane]));
  const counts = new Map<string, number>();
  const byEdge = new Map<string, Corridor[]>();
  const reserve = (edgeId: string, lane: number, side: Side) => {
    const key = `${lane}:${side}`;
    const index = counts.get(key) ?? 0;
    counts.set(key, index + 1);
    const list = byEdge.get(edgeId) ?? [];
    list.push({ lane, side, index });
    byEdge.set(edgeId, list);
  };
  const rankOf = (id: string) => ranking.rank.get(id) ?? 0;
  for (const edge of diagram.edges) {
    if (edge.output) continue;
    const from = laneOf.get(edge.from) ?? 0;
    const to = laneOf.get(edge.to) ?? 0;
    if (ranking.loops.has(edge.id)) {
      if (from === to) {
        reserve(edge.id, to, "after");
        reserve(edge.id, to, "before");
      } else if (to < from) {
        reserve(edge.id, to, "after");
        reserve(edge.id, from, "before");
      } else {
        reserve(edge.id, to, "before");
        reserve(edge.id, from, "after");
      }
      continue;
    }
    const low = rankOf(edge.from);
    const high = rankOf(edge.to);
    const blocked = diagram.nodes.some(
      (node) =>
        node.lane === from &&
        node.besideOf === undefined &&
        rankOf(node.id) > low &&
        rankOf(node.id) < high,
    );
    if (from === to && blocked) reserve(edge.id, from, "after");
    if (from !== to && high - low > 1) reserve(edge.id, to, to < from ? "after" : "before");
  }
  return { byEdge, count: (lane, side) => counts.get(`${lane}:${side}`) ?? 0 };
}
