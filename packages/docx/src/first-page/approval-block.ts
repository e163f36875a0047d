import type { DocumentControl, Signatory } from "@quytrinh/core";
import type { Labels } from "../labels.js";
import { TEXT_WIDTH } from "../page/page-geometry.js";
import { STYLE } from "../page/styles.js";
import { type CellContent, fixedTable } from "../table/fixed-table.js";
import { formatDate } from "../text/format-date.js";
import { safeParagraph } from "../text/safe-run.js";
import { paragraph } from "../wml/paragraph.js";
import type { WordParagraph, WordTable } from "../wml/word-block.js";

const LABEL_WIDTH = 1555;

/**
 * The approval block: Soạn thảo / Xem xét / Phê duyệt, each with position, space to sign and name
 * (and the date when one is given).
 */
export function approvalBlock(control: DocumentControl, labels: Labels): WordTable {
  const people: (Signatory | undefined)[] = [
    control.preparedBy,
    control.reviewedBy,
    control.approvedBy,
  ];
  const column = Math.floor((TEXT_WIDTH - LABEL_WIDTH) / 3);
  const widths = [TEXT_WIDTH - 3 * column, column, column, column];
  const row = (label: string, pick: (person: Signatory) => CellContent): CellContent[] => [
    [safeParagraph(label, { style: STYLE.tableText }, { bold: true })],
    ...people.map((person) => (person ? pick(person) : "")),
  ];
  const centred = (text: string | undefined, bold = false): WordParagraph[] => [
    safeParagraph(text ?? "", { style: STYLE.tableHeading }, { bold }),
  ];
  const rows = [
    row(labels.position, (person) => centred(person.position)),
    row(labels.signature, () => signatureSpace()),
    row(labels.name, (person) => centred(person.name, true)),
  ];
  if (people.some((person) => person?.date)) {
    rows.push(row(labels.date, (person) => centred(formatDate(person.date))));
  }
  return fixedTable({
    widths,
    header: ["", labels.prepared, labels.reviewed, labels.approved],
    rows,
  });
}

/** An empty cell tall enough for a handwritten signature (about 2 cm). */
function signatureSpace(): WordParagraph[] {
  return [paragraph({ style: STYLE.tableText, spacing: { before: 600, after: 600 } })];
}
