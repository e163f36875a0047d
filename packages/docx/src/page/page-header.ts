import type { DocumentControl } from "@quytrinh/core";
import type { Labels } from "../labels.js";
import { fixedTable } from "../table/fixed-table.js";
import { formatDate } from "../text/format-date.js";
import { safeParagraph, safeRun } from "../text/safe-run.js";
import { paragraph } from "../wml/paragraph.js";
import type { WordBlock, WordParagraph } from "../wml/word-block.js";
import { TEXT_WIDTH } from "./page-geometry.js";
import { pageNumberLine } from "./page-number-line.js";
import { STYLE } from "./styles.js";

const LEFT = 3500;
const RIGHT = 2500;

/**
 * The header table repeated on every page: parent and issuing body | "QUY TRÌNH" and the title |
 * code, issue, effective date and "Trang x/y".
 */
export function pageHeader(control: DocumentControl, labels: Labels): WordBlock[] {
  const style = { style: STYLE.headerText };
  const bodies: WordParagraph[] = [];
  if (control.parentBody) bodies.push(safeParagraph(control.parentBody.toUpperCase(), style));
  if (control.issuingBody) {
    bodies.push(safeParagraph(control.issuingBody.toUpperCase(), style, { bold: true }));
  }
  const title = [
    safeParagraph(labels.procedure, style, { bold: true }),
    safeParagraph(control.title.toUpperCase(), style, { bold: true }),
  ];
  const left = { style: STYLE.headerText, alignment: "left" as const };
  const issue = [control.issue, control.revision].filter(Boolean).join("/");
  const identity = [
    safeParagraph(`${labels.code}: ${control.code}`, left),
    safeParagraph(`${labels.issue}: ${issue}`, left),
    safeParagraph(`${labels.effectiveDate}: ${formatDate(control.effectiveDate)}`, left),
    pageNumberLine(labels, "left"),
  ];
  const table = fixedTable({
    widths: [LEFT, TEXT_WIDTH - LEFT - RIGHT, RIGHT],
    rows: [[bodies, title, identity].map((content) => ({ content, middle: true }))],
  });
  // Word needs a paragraph after a table; a 2 pt one keeps the header short.
  const closing = paragraph({ spacing: { before: 0, after: 0 } }, [safeRun("", { size: 4 })]);
  return [table, closing];
}
