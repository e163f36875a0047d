import { type Block, CONTENT_SUBSECTIONS, type SectionKey } from "@quytrinh/core";
import type { Paragraph, RootContent } from "mdast";
import { appendAll } from "../../append-all.js";
import { inlineText } from "../../source/inline-text.js";
import { toBlocks } from "../../source/rich-text.js";
import { looksLikeStepsTable, stepColumnsOf } from "../../steps/step-columns-of.js";
import { sectionKeyOf } from "../../vocabulary/section-titles.js";
import type { SectionAt, SectionHandler } from "./section-handler.js";
import { takeStepsTables } from "./steps.js";

/** Sections that may be written as "Label: value" lines inside section 5: all but the drawn ones. */
const LABEL_KEYS: ReadonlySet<SectionKey> = new Set(
  CONTENT_SUBSECTIONS.filter((key) => key !== "flowchart" && key !== "steps"),
);

const LABEL_LINE = /^([^:]{2,80}?)\s*:\s*(.*)$/u;

interface Group {
  at: SectionAt;
  nodes: RootContent[];
}

/**
 * Nội dung quy trình (section 5). A line "Thời hạn giải quyết: 03 ngày" is a TTHC subsection
 * holding its value; a label alone ("Thành phần hồ sơ:") holds the one line or block after it.
 * Steps tables anywhere go to the steps. The subsections' handlers are passed in.
 */
export function contentHandler(
  handlers: Readonly<Record<SectionKey, SectionHandler>>,
): SectionHandler {
  return (nodes, draft, context) => {
    const leftover: RootContent[] = [];
    const leftoverBlocks: Block[] = [];
    let group: Group | undefined;
    const flush = (): void => {
      if (!group) return;
      if (group.at.place) draft.sectionPlaces[group.at.key] ??= group.at.place;
      const rest = handlers[group.at.key](group.nodes, draft, context, group.at);
      appendAll(leftoverBlocks, rest);
      group = undefined;
    };
    for (const node of nodes) {
      if (node.type === "table" && looksLikeStepsTable(stepColumnsOf(node))) {
        takeStepsTables([node], draft, context, false);
        continue;
      }
      if (node.type !== "paragraph") {
        if (group) {
          group.nodes.push(node);
          flush();
        } else leftover.push(node);
        continue;
      }
      for (const line of paragraphPieces(node)) {
        const match = LABEL_LINE.exec(inlineText(line));
        const key = match?.[1] === undefined ? undefined : sectionKeyOf(match[1]);
        if (match && key && LABEL_KEYS.has(key)) {
          flush();
          const place = line.position ? context.source.place(line.position) : undefined;
          group = { at: { key, place }, nodes: [] };
          const value = match[2]?.trim();
          if (value) {
            group.nodes.push(withText(line, value));
            flush();
          }
        } else if (group) {
          group.nodes.push(line);
          flush();
        } else leftover.push(line);
      }
    }
    flush();
    const blocks = toBlocks(leftover, context);
    appendAll(blocks, leftoverBlocks);
    return blocks;
  };
}

/** A paragraph split into one paragraph per source line, each with its own position. */
function paragraphPieces(node: Paragraph): Paragraph[] {
  const lines = inlineText(node).split("\n");
  const start = node.position?.start;
  if (lines.length === 1 || !start) return [node];
  return lines.map((line, index) => {
    const column = index === 0 ? start.column : 1;
    const position = {
      start: { line: start.line + index, column },
      end: { line: start.line + index, column: column + line.length },
    };
    return { type: "paragraph", children: [{ type: "text", value: line }], position };
  });
}

function withText(line: Paragraph, value: string): Paragraph {
  const paragraph: Paragraph = { type: "paragraph", children: [{ type: "text", value }] };
  if (line.position) paragraph.position = line.position;
  return paragraph;
}
