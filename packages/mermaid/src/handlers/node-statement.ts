import { decision } from "./decision.js";
import { document } from "./document.js";
import { documents } from "./documents.js";
import { end } from "./end.js";
import { process } from "./process.js";
import { start } from "./start.js";

/** Kinds of node a flowchart draws: the step kinds plus documents for the forms and results of a step. */
export type NodeKind = "start" | "process" | "decision" | "end" | "document" | "documents";

/** One handler per node kind: a safe node id and an escaped label in, a Mermaid statement out. */
const handlers: Readonly<Record<NodeKind, (id: string, label: string) => string>> = {
  start,
  process,
  decision,
  end,
  document,
  documents,
};

/** The Mermaid statement that declares one node of the given kind. */
export function nodeStatement(kind: NodeKind, id: string, label: string): string {
  return handlers[kind](id, label);
}
