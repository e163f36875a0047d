import type { Block, RichText } from "@quytrinh/core";
import { TEXT_WIDTH } from "../page/page-geometry.js";
import { STYLE } from "../page/styles.js";
import { fixedTable } from "../table/fixed-table.js";
import { safeParagraph } from "../text/safe-run.js";
import type { WordParagraph } from "../wml/word-block.js";
import type { BodyBlock } from "./body-context.js";

const LIST_INDENT = 567;

/** Rich text as Word blocks: justified paragraphs, "-" or "1." list lines, fixed-width tables. */
export function richText(blocks: RichText, depth = 0): BodyBlock[] {
  return blocks.flatMap((block) => richBlock(block, depth));
}

function richBlock(block: Block, depth: number): BodyBlock[] {
  switch (block.type) {
    case "paragraph":
      return [safeParagraph(block.text, { style: STYLE.body })];
    case "list":
      return block.items.flatMap((item, index) => [
        listLine(block.ordered ? `${index + 1}.` : "-", item.text, depth),
        ...richText(item.children ?? [], depth + 1),
      ]);
    case "table": {
      const columns = Math.max(1, block.header.length, ...block.rows.map((row) => row.length));
      const width = Math.floor(TEXT_WIDTH / columns);
      const widths = Array.from({ length: columns }, (_, index) =>
        index === 0 ? TEXT_WIDTH - width * (columns - 1) : width,
      );
      const pad = (cells: readonly string[]) =>
        Array.from({ length: columns }, (_, index) => cells[index] ?? "");
      return [
        fixedTable({ widths, header: pad(block.header), rows: block.rows.map(pad) }),
        safeParagraph("", { spacing: { after: 60 } }),
      ];
    }
  }
}

/** One line of a list: a marker, then the text, hanging from the marker. */
export function listLine(marker: string, text: string, depth = 0): WordParagraph {
  return safeParagraph(`${marker}\u00A0${text}`, {
    style: STYLE.list,
    indent: { left: LIST_INDENT * (depth + 1), hanging: 283 },
  });
}
