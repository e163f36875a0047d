import type { Place } from "@quytrinh/core";
import type { RootContent } from "mdast";
import { inlineText } from "../source/inline-text.js";
import { placeOf, type ReadContext } from "../source/read-context.js";
import { splitLabelled } from "./labelled-text.js";
import { textEntries } from "./text-entries.js";

/** A label and its value (a term and its meaning, an actor and their duty), with its place. */
export interface LabelledEntry {
  label: string;
  value: string;
  place: Place;
}

/**
 * Pairs from "label: value" list items and lines, or from the first two columns of a table;
 * a line without a separator is a label with an empty value. Other blocks are left over.
 */
export function labelledEntries(
  nodes: readonly RootContent[],
  context: ReadContext,
): { entries: LabelledEntry[]; leftover: RootContent[] } {
  const entries: LabelledEntry[] = [];
  const rest: RootContent[] = [];
  for (const node of nodes) {
    if (node.type !== "table" || (node.children[0]?.children.length ?? 0) < 2) {
      rest.push(node);
      continue;
    }
    for (const row of node.children.slice(1)) {
      const [label = "", ...values] = row.children.map((cell) => inlineText(cell));
      const value = values.filter(Boolean).join(" – ");
      if (label || value) entries.push({ label, value, place: placeOf(context, row) });
    }
  }
  const lines = textEntries(rest, context);
  for (const line of lines.entries) {
    const pair = splitLabelled(line.text);
    entries.push({
      label: pair?.label ?? line.text,
      value: pair?.value ?? "",
      place: line.place,
    });
  }
  return { entries, leftover: lines.leftover };
}
