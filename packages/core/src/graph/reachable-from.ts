import type { Procedure } from "../model/procedure.js";
import { flowGraph } from "./flow-graph.js";

/**
 * Every id the flow can reach from `id` (default: the first step), `id` itself included; may contain
 * `END` and targets that are not steps, which lead nowhere. Empty when there is no step to start from.
 */
export function reachableFrom(procedure: Pick<Procedure, "steps">, id?: string): Set<string> {
  const graph = flowGraph(procedure);
  const start = id ?? graph.first;
  const reached = new Set<string>();
  if (start === undefined) return reached;
  const queue = [start];
  reached.add(start);
  for (let index = 0; index < queue.length; index++) {
    for (const edge of graph.out.get(queue[index] ?? "") ?? []) {
      if (!reached.has(edge.to)) {
        reached.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return reached;
}
