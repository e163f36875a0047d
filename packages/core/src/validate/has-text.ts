import type { RichText } from "../model/rich-text.js";

/** Whether rich text says anything: a paragraph, list item or table cell that is not blank. */
export function hasText(blocks: RichText): boolean {
  return blocks.some((block) => {
    if (block.type === "paragraph") return block.text.trim() !== "";
    if (block.type === "table")
      return block.rows.some((row) => row.some((cell) => cell.trim() !== ""));
    return block.items.some((item) => item.text.trim() !== "" || hasText(item.children ?? []));
  });
}
