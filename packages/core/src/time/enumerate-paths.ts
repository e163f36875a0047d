import { backEdges } from "../graph/back-edges.js";
import { flowGraph } from "../graph/flow-graph.js";
import type { Procedure } from "../model/procedure.js";
import { END } from "../model/step.js";

/** How many partial paths the walk may look at per path asked for, so that huge flows stay fast. */
const WORK_PER_PATH = 100;

/** Complete paths through the flow, and whether the enumeration stopped at its cap. */
export interface EnumeratedPaths {
  /** Step ids from the first step to an end, `END` left out. */
  paths: string[][];
  truncated: boolean;
}

/**
 * Every simple path from the first step to an end (`END`, an `end` step, or a target that is not a
 * step), with loops cut at their back edges; at most `maxPaths` of them, in branch order.
 * Paths that only loop back are not complete and are left out.
 */
export function enumeratePaths(
  procedure: Pick<Procedure, "steps">,
  maxPaths: number,
): EnumeratedPaths {
  const graph = flowGraph(procedure);
  const loops = new Set(backEdges(procedure).map((edge) => `${edge.from}\u0000${edge.to}`));
  const found: EnumeratedPaths = { paths: [], truncated: false };
  if (graph.first === undefined) return found;
  const next = (id: string): string[] => [
    ...new Set(
      (graph.out.get(id) ?? [])
        .filter((edge) => !loops.has(`${edge.from}\u0000${edge.to}`))
        .map((edge) => edge.to),
    ),
  ];
  const stack: string[][] = [[graph.first]];
  for (let visits = 0; stack.length > 0; visits++) {
    if (visits >= maxPaths * WORK_PER_PATH) {
      found.truncated = true;
      break;
    }
    const path = stack.pop() ?? [];
    const last = path.at(-1) ?? END;
    const step = graph.steps.get(last);
    const onwards = step && step.kind !== "end" ? next(last) : [];
    const finished = last === END || !step || step.kind === "end";
    if (finished) {
      if (found.paths.length >= maxPaths) {
        found.truncated = true;
        break;
      }
      found.paths.push(path.filter((id) => id !== END));
      continue;
    }
    for (const to of onwards.reverse()) stack.push([...path, to]);
  }
  return found;
}
