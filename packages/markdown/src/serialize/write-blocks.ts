import type { Block, List } from "@quytrinh/core";
import { escapeParagraph } from "./escape-markdown.js";
import { writeTable } from "./write-table.js";

/**
 * Rich text as Markdown blocks separated by blank lines. Two lists in a row alternate their
 * markers (`-`/`*`, `1.`/`1)`) so they are read back as two lists.
 */
export function writeBlocks(blocks: readonly Block[]): string {
  const out: string[] = [];
  let previous: Block | undefined;
  let alternate = false;
  for (const block of blocks) {
    alternate =
      block.type === "list" &&
      previous?.type === "list" &&
      previous.ordered === block.ordered &&
      !alternate;
    out.push(writeBlock(block, alternate));
    previous = block;
  }
  return out.join("\n\n");
}

function writeBlock(block: Block, alternate: boolean): string {
  switch (block.type) {
    case "paragraph":
      return escapeParagraph(block.text);
    case "table":
      return writeTable(block.header, block.rows);
    case "list":
      return writeList(block, alternate);
  }
}

function writeList(list: List, alternate: boolean): string {
  return list.items
    .map((item, index) => {
      const marker = list.ordered ? `${index + 1}${alternate ? ")" : "."}` : alternate ? "*" : "-";
      const indent = " ".repeat(marker.length + 1);
      const text = escapeParagraph(item.text).replace(/\n/gu, `\n${indent}`);
      const nested = item.children?.length
        ? writeBlocks(item.children).replace(/\n(?!\n)/gu, `\n${indent}`)
        : "";
      // An item may start with at most one blank line: without text, its blocks follow directly.
      const children = nested ? `${text ? "\n\n" : "\n"}${indent}${nested}` : "";
      return `${marker}${text ? ` ${text}` : ""}${children}`;
    })
    .join("\n");
}

/** Lines of text written as a list, one item per entry. */
export function writeItems(items: readonly string[]): string {
  return items.map((item) => `- ${escapeParagraph(item).replace(/\n/gu, "\n  ")}`).join("\n");
}
