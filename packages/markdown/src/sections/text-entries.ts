import type { Place } from "@quytrinh/core";
import type { List, Paragraph, RootContent } from "mdast";
import { appendAll } from "../append-all.js";
import { inlineText } from "../source/inline-text.js";
import { placeOf, type ReadContext } from "../source/read-context.js";

/** One line of text from a list item or a paragraph, with its place. */
export interface TextEntry {
  text: string;
  place: Place;
}

/** List items (nested ones too) and paragraph lines as entries; other blocks are left over. */
export function textEntries(
  nodes: readonly RootContent[],
  context: ReadContext,
): { entries: TextEntry[]; leftover: RootContent[] } {
  const entries: TextEntry[] = [];
  const leftover: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === "list") listEntries(node, context, entries);
    else if (node.type === "paragraph") appendAll(entries, paragraphLines(node, context));
    else leftover.push(node);
  }
  return { entries, leftover };
}

function listEntries(list: List, context: ReadContext, entries: TextEntry[]): void {
  for (const item of list.children) {
    const [first, ...rest] = item.children;
    if (first?.type === "paragraph") {
      const text = inlineText(first);
      if (text) entries.push({ text, place: placeOf(context, item) });
    }
    const nested = first?.type === "paragraph" ? rest : item.children;
    for (const child of nested) {
      if (child.type === "list") listEntries(child, context, entries);
      else if (child.type === "paragraph") appendAll(entries, paragraphLines(child, context));
    }
  }
}

/** Each non-empty line of a paragraph, placed on its own source line. */
export function paragraphLines(node: Paragraph, context: ReadContext): TextEntry[] {
  const whole = placeOf(context, node);
  const start = node.position?.start;
  const lines = inlineText(node).split("\n");
  if (!start || lines.length === 1) {
    return lines[0] ? [{ text: lines[0], place: whole }] : [];
  }
  const entries: TextEntry[] = [];
  lines.forEach((text, index) => {
    if (!text) return;
    const line = start.line + index;
    const column = index === 0 ? start.column : 1;
    const place = {
      start: context.source.point(line, column),
      end: context.source.point(line, column + text.length),
    };
    entries.push({ text, place });
  });
  return entries;
}
