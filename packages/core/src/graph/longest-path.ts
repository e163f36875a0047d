import { stepMinutes } from "../duration/step-minutes.js";
import type { WorkingTimeOptions } from "../duration/working-time.js";
import type { Procedure } from "../model/procedure.js";
import { END } from "../model/step.js";
import { depthFirst } from "./depth-first.js";
import type { FlowEdge } from "./flow-edges.js";
import { type FlowGraph, flowGraph } from "./flow-graph.js";

/** The longest way through the flow and what it costs. */
export interface LongestPath {
  /** Ids on the path from the first step, in order (`END` left out). */
  steps: string[];
  /** Working minutes of the steps on the path whose length is known. */
  minutes: number;
  /** Ids on the path whose duration is missing, same-day or unparsed (or that are not steps). */
  unknown: string[];
}

interface Best {
  minutes: number;
  length: number;
  previous: string | undefined;
}

/**
 * The path from the first step that takes the most working time, loops cut at their back edges.
 * Linear in steps and arrows (no path enumeration). Equal times prefer the path with more steps.
 * A start or end step without a duration counts as zero, not unknown.
 */
export function longestPath(
  procedure: Pick<Procedure, "steps">,
  options: WorkingTimeOptions = {},
): LongestPath {
  const graph = flowGraph(procedure);
  const walk = depthFirst(graph);
  const loops = new Set<FlowEdge>(walk.backEdges);
  const best = new Map<string, Best>();
  const weight = (id: string) => minutesOf(graph, id, options) ?? 0;
  const [first] = walk.order;
  if (first === undefined) return { steps: [], minutes: 0, unknown: [] };
  best.set(first, { minutes: weight(first), length: 1, previous: undefined });
  let last = first;
  for (const id of walk.order) {
    const here = best.get(id);
    if (here === undefined) continue;
    for (const edge of graph.out.get(id) ?? []) {
      if (loops.has(edge)) continue;
      const there: Best = {
        minutes: here.minutes + weight(edge.to),
        length: here.length + 1,
        previous: id,
      };
      if (isLonger(there, best.get(edge.to))) best.set(edge.to, there);
    }
    if (isLonger(here, best.get(last))) last = id;
  }
  const ids = pathTo(best, last);
  return {
    steps: ids.filter((id) => id !== END),
    minutes: best.get(last)?.minutes ?? 0,
    unknown: ids.filter((id) => id !== END && minutesOf(graph, id, options) === undefined),
  };
}

/** Working minutes of step `id` as `stepMinutes` counts them; `END` is free, an unknown id unknown. */
function minutesOf(graph: FlowGraph, id: string, options: WorkingTimeOptions): number | undefined {
  if (id === END) return 0;
  const step = graph.steps.get(id);
  return step === undefined ? undefined : stepMinutes(step, options);
}

function isLonger(candidate: Best, current: Best | undefined): boolean {
  if (current === undefined) return true;
  if (candidate.minutes !== current.minutes) return candidate.minutes > current.minutes;
  return candidate.length > current.length;
}

function pathTo(best: Map<string, Best>, last: string): string[] {
  const ids: string[] = [];
  for (let id: string | undefined = last; id !== undefined; id = best.get(id)?.previous)
    ids.push(id);
  return ids.reverse();
}
