import type { LayoutEdge } from "./layout-diagram.js";

/** The edges by the node at one of their ends, each list in the edges' order. */
export function edgesBy(
  edges: readonly LayoutEdge[],
  end: "from" | "to",
): Map<string, LayoutEdge[]> {
  const byNode = new Map<string, LayoutEdge[]>();
  for (const edge of edges) {
    const list = byNode.get(edge[end]);
    if (list) list.push(edge);
    else byNode.set(edge[end], [edge]);
  }
  return byNode;
}
