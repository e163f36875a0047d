import { flowGraph } from "../graph/flow-graph.js";
import { reachableFrom } from "../graph/reachable-from.js";
import type { Procedure } from "../model/procedure.js";
import { END } from "../model/step.js";

/** Where the flow gets stuck: loops nothing leaves, and steps that can only run into them. */
export interface DeadEnds {
  /** Loops with no way out to the end, each as its step ids in step order. */
  traps: string[][];
  /** Steps outside those loops from which no path reaches the end, in step order. */
  stuck: string[];
}

/**
 * Finds where the flow cannot finish. A step finishes when it can reach `END`, an `end` step, or a
 * branch target that is not a step (unknown, and reported by `branch-target-exists`).
 */
export function findDeadEnds(procedure: Pick<Procedure, "steps">): DeadEnds {
  const graph = flowGraph(procedure);
  const ids = [...graph.steps.keys()];
  const finishes = finishing(procedure);
  const blocked = ids.filter((id) => !finishes.has(id));
  const reach = new Map(blocked.map((id) => [id, reachableFrom(procedure, id)]));
  const traps: string[][] = [];
  const inTrap = new Set<string>();
  for (const id of blocked) {
    if (inTrap.has(id)) continue;
    const group = blocked.filter((other) => reach.get(id)?.has(other) && reach.get(other)?.has(id));
    const onLoop = group.length > 1 || (graph.out.get(id) ?? []).some((edge) => edge.to === id);
    const closed = group.every((member) =>
      [...(reach.get(member) ?? [])].every((to) => group.includes(to)),
    );
    if (!onLoop || !closed) continue;
    traps.push(group);
    for (const member of group) inTrap.add(member);
  }
  return { traps, stuck: blocked.filter((id) => !inTrap.has(id)) };
}

/** The steps that can finish, found by walking the arrows backwards from where the flow ends. */
function finishing(procedure: Pick<Procedure, "steps">): Set<string> {
  const graph = flowGraph(procedure);
  const into = new Map<string, string[]>();
  const done = new Set<string>();
  for (const edge of graph.edges) {
    into.set(edge.to, [...(into.get(edge.to) ?? []), edge.from]);
    if (edge.to === END || !graph.steps.has(edge.to)) done.add(edge.from);
  }
  for (const step of procedure.steps) if (step.kind === "end") done.add(step.id);
  const queue = [...done];
  for (let index = 0; index < queue.length; index++) {
    for (const from of into.get(queue[index] ?? "") ?? []) {
      if (done.has(from)) continue;
      done.add(from);
      queue.push(from);
    }
  }
  return done;
}
