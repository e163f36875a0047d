import type { Block, ListItem } from "@quytrinh/core";
import type { List, ListItem as MdListItem, Nodes, RootContent, Table } from "mdast";
import { appendAll, largest } from "../append-all.js";
import { inlineText, tidyText } from "./inline-text.js";
import { placeOf, type ReadContext } from "./read-context.js";

const COMMENT = /^\s*<!--[\s\S]*-->\s*$/u;

/**
 * Block nodes as rich text: paragraphs, lists (with nested blocks) and tables keep their text;
 * block quotes are unwrapped; code and HTML blocks become paragraphs (HTML comments vanish); thematic breaks vanish.
 */
export function toBlocks(nodes: readonly RootContent[], context: ReadContext): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    const block = toBlock(node, context);
    if (Array.isArray(block)) appendAll(blocks, block);
    else if (block) blocks.push(block);
  }
  return blocks;
}

function toBlock(node: RootContent, context: ReadContext): Block | Block[] | undefined {
  switch (node.type) {
    case "list":
      return toList(node, context);
    case "table":
      return { type: "table", ...tableCells(node), place: placeOf(context, node) };
    case "blockquote":
      return toBlocks(node.children, context);
    case "html":
      return COMMENT.test(node.value) ? undefined : paragraphOf(node, context);
    case "code":
    case "paragraph":
    case "heading":
    case "definition":
      return paragraphOf(node, context);
    default:
      return undefined;
  }
}

function paragraphOf(node: RootContent, context: ReadContext): Block | undefined {
  const text = blockText(node);
  return text ? { type: "paragraph", text, place: placeOf(context, node) } : undefined;
}

/** The plain text of a block node; code and HTML keep their raw value. */
export function blockText(node: Nodes): string {
  if (node.type === "code" || node.type === "html") return tidyText(node.value);
  if (node.type === "definition")
    return tidyText(`[${node.label ?? node.identifier}]: ${node.url}`);
  return inlineText(node);
}

function toList(node: List, context: ReadContext): Block {
  return {
    type: "list",
    ordered: node.ordered === true,
    items: node.children.map((item) => toListItem(item, context)),
    place: placeOf(context, node),
  };
}

function toListItem(item: MdListItem, context: ReadContext): ListItem {
  const [first, ...rest] = item.children;
  const leadsWithText = first?.type === "paragraph";
  const text = leadsWithText ? inlineText(first) : "";
  const children = toBlocks(leadsWithText ? rest : item.children, context);
  return children.length > 0 ? { text, children } : { text };
}

/** A GFM table's header and body rows as plain text cells, all as wide as the widest row. */
export function tableCells(node: Table): { header: string[]; rows: string[][] } {
  const [head, ...body] = node.children;
  const header = head ? head.children.map((cell) => inlineText(cell)) : [];
  const rows = body.map((row) => row.children.map((cell) => inlineText(cell)));
  const width = largest(
    header.length,
    rows.map((row) => row.length),
  );
  const pad = (cells: string[]): string[] => [...cells, ...Array(width - cells.length).fill("")];
  return { header: pad(header), rows: rows.map(pad) };
}
