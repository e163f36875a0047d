import type { FlowEdge } from "./flow-edges.js";
import type { FlowGraph } from "./flow-graph.js";

/** What one depth-first walk from the first step finds. */
export interface DepthFirstWalk {
  /** Arrows to a step still on the walk's current path: the loops of the flow. */
  backEdges: FlowEdge[];
  /** Reached ids in reverse post-order: a topological order once back edges are removed. */
  order: string[];
}

/** Called for each back edge with the current path and the position of the edge's target on it. */
export type OnBackEdge = (edge: FlowEdge, path: readonly string[], position: number) => void;

/**
 * Walks the flow depth-first from the first step, without recursion (safe on very long flows).
 * Linear in steps and arrows, plus whatever `onBackEdge` does.
 */
export function depthFirst(graph: FlowGraph, onBackEdge?: OnBackEdge): DepthFirstWalk {
  const walk: DepthFirstWalk = { backEdges: [], order: [] };
  if (graph.first === undefined) return walk;
  const visited = new Set<string>([graph.first]);
  const path: string[] = [graph.first];
  const onPath = new Map<string, number>([[graph.first, 0]]);
  const nextEdge: number[] = [0];
  while (path.length > 0) {
    const top = path.length - 1;
    const id = path[top] ?? "";
    const edges = graph.out.get(id) ?? [];
    const index = nextEdge[top] ?? 0;
    const edge = edges[index];
    if (edge === undefined) {
      walk.order.push(id);
      onPath.delete(id);
      path.pop();
      nextEdge.pop();
      continue;
    }
    nextEdge[top] = index + 1;
    const position = onPath.get(edge.to);
    if (position !== undefined) {
      walk.backEdges.push(edge);
      onBackEdge?.(edge, path, position);
    } else if (!visited.has(edge.to)) {
      visited.add(edge.to);
      onPath.set(edge.to, path.length);
      path.push(edge.to);
      nextEdge.push(0);
    }
  }
  walk.order.reverse();
  return walk;
}
