import type { Procedure } from "../model/procedure.js";
import { depthFirst } from "./depth-first.js";
import type { FlowEdge } from "./flow-edges.js";
import { flowGraph } from "./flow-graph.js";

/** The arrows that loop back to a step on the current path of a depth-first walk from the first step. */
export function backEdges(procedure: Pick<Procedure, "steps">): FlowEdge[] {
  return depthFirst(flowGraph(procedure)).backEdges;
}

/** The loops of the flow, one per back edge, each as the step ids from where it re-enters to where it leaves. */
export function findCycles(procedure: Pick<Procedure, "steps">): string[][] {
  const cycles: string[][] = [];
  depthFirst(flowGraph(procedure), (_, path, position) => cycles.push(path.slice(position)));
  return cycles;
}
