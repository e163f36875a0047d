import type { Nodes } from "mdast";

const BREAK_TAG = /^<br\s*\/?>$/iu;
const INNER_SPACE = /[ \t]+/gu;

/**
 * The plain text of an inline node: formatting marks dropped, hard breaks and `<br>` as newlines,
 * runs of spaces and tabs collapsed, each line trimmed, empty lines dropped.
 */
export function inlineText(node: Nodes): string {
  return tidyText(collect(node));
}

/** Collapses spaces and tabs, trims each line and drops empty lines. */
export function tidyText(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(INNER_SPACE, " ").trim())
    .filter(Boolean)
    .join("\n");
}

function collect(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "html":
      return BREAK_TAG.test(node.value.trim()) ? "\n" : node.value;
    case "break":
      return "\n";
    case "image":
    case "imageReference":
      return node.alt ?? "";
    case "footnoteReference":
      return `[^${node.label ?? node.identifier}]`;
    default:
      return "children" in node
        ? node.children.map((child) => collect(child as Nodes)).join("")
        : "";
  }
}
