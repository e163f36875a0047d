import type { Procedure } from "../model/procedure.js";
import type { Step } from "../model/step.js";
import { type FlowEdge, flowEdges } from "./flow-edges.js";

/** The flow as adjacency lists, for walks: arrows by source, steps by id, and where the flow starts. */
export interface FlowGraph {
  /** The first step's id, where the flow starts; `undefined` when there are no steps. */
  first: string | undefined;
  edges: FlowEdge[];
  /** Arrows leaving each step id, in order. A target that is not a step (or `END`) has none. */
  out: Map<string, FlowEdge[]>;
  /** The first step with each id. */
  steps: Map<string, Step>;
}

/** Builds the adjacency lists of a procedure's flow in one pass. */
export function flowGraph(procedure: Pick<Procedure, "steps">): FlowGraph {
  const edges = flowEdges(procedure);
  const out = new Map<string, FlowEdge[]>();
  for (const edge of edges) {
    const list = out.get(edge.from);
    if (list) list.push(edge);
    else out.set(edge.from, [edge]);
  }
  const steps = new Map<string, Step>();
  for (const step of procedure.steps) if (!steps.has(step.id)) steps.set(step.id, step);
  return { first: procedure.steps[0]?.id, edges, out, steps };
}
