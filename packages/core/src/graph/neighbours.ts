import type { Procedure } from "../model/procedure.js";
import { flowEdges } from "./flow-edges.js";

/** The ids the flow goes to from step `id` (step ids or `END`), each once, in arrow order. */
export function successors(procedure: Pick<Procedure, "steps">, id: string): string[] {
  return unique(
    flowEdges(procedure)
      .filter((edge) => edge.from === id)
      .map((edge) => edge.to),
  );
}

/** The ids of the steps whose arrows go to `id`, each once, in step order. */
export function predecessors(procedure: Pick<Procedure, "steps">, id: string): string[] {
  return unique(
    flowEdges(procedure)
      .filter((edge) => edge.to === id)
      .map((edge) => edge.from),
  );
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
