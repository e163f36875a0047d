import { edgesBy } from "./edges-by.js";
import type { LayoutDiagram } from "./layout-diagram.js";

/** The row of each flow shape, and every arrow that had to be cut to rank them. */
export interface Ranking {
  /** Row by node id, from 0; a document shape has its step's row. */
  rank: Map<string, number>;
  /** Arrows that go back up (or across) the rows: core's loops plus any cut here. */
  loops: Set<string>;
}

/**
 * Ranks the shapes by the longest path from the start over the flow without its loops (Kahn's
 * algorithm, ties in table order). A cycle core's walk did not see (steps the start cannot reach)
 * is cut at its earliest step in table order, so every shape gets a row and the result is deterministic.
 */
export function rankNodes(diagram: LayoutDiagram): Ranking {
  const loops = new Set(diagram.loops);
  const flow = diagram.nodes.filter((node) => node.besideOf === undefined);
  const edges = diagram.edges.filter((edge) => !edge.output && !loops.has(edge.id));
  const incoming = edgesBy(edges, "to");
  const outgoing = edgesBy(edges, "from");
  const waiting = new Map(flow.map((node) => [node.id, 0]));
  for (const edge of edges) waiting.set(edge.to, (waiting.get(edge.to) ?? 0) + 1);
  const rank = new Map<string, number>();
  const done = new Set<string>();
  while (done.size < flow.length) {
    const ready = flow.find((node) => !done.has(node.id) && waiting.get(node.id) === 0);
    const next = ready ?? flow.find((node) => !done.has(node.id));
    if (next === undefined) break;
    const into = incoming.get(next.id) ?? [];
    if (ready === undefined) {
      for (const edge of into) if (!done.has(edge.from)) loops.add(edge.id);
    }
    done.add(next.id);
    let row = 0;
    for (const edge of into) {
      if (!loops.has(edge.id)) row = Math.max(row, (rank.get(edge.from) ?? 0) + 1);
    }
    rank.set(next.id, row);
    for (const edge of outgoing.get(next.id) ?? []) {
      if (!loops.has(edge.id)) waiting.set(edge.to, (waiting.get(edge.to) ?? 0) - 1);
    }
  }
  for (const node of diagram.nodes) {
    if (node.besideOf !== undefined) rank.set(node.id, rank.get(node.besideOf) ?? 0);
  }
  return { rank, loops };
}
