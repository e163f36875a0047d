import type { DossierItem } from "@quytrinh/core";
import { TEXT_WIDTH } from "../../page/page-geometry.js";
import { STYLE } from "../../page/styles.js";
import { fixedTable } from "../../table/fixed-table.js";
import { safeParagraph } from "../../text/safe-run.js";
import type { SectionHandler } from "../body-context.js";
import { richText } from "../rich-text.js";

const NUMBER = 700;
const COUNT = 1200;
const NOTE = 2000;

/** 5.x Thành phần hồ sơ: a table with Bản chính / Bản sao counts, then the notes ("Lưu ý"). */
export const dossier: SectionHandler = ({ procedure, labels }) => {
  const items = procedure.tthc?.dossier ?? [];
  const notes = procedure.tthc?.dossierNotes ?? [];
  if (items.length === 0 && notes.length === 0) return [];
  const withNotes = items.some((item) => item.note);
  const fixed = NUMBER + 2 * COUNT + (withNotes ? NOTE : 0);
  const widths = [NUMBER, TEXT_WIDTH - fixed, COUNT, COUNT, ...(withNotes ? [NOTE] : [])];
  const header = [labels.number, labels.dossierItem, labels.original, labels.copy];
  const row = (item: DossierItem, index: number) => [
    [safeParagraph(String(index + 1), { style: STYLE.tableHeading }, { bold: false })],
    item.name,
    [safeParagraph(count(item.originals), { style: STYLE.tableHeading }, { bold: false })],
    [safeParagraph(count(item.copies), { style: STYLE.tableHeading }, { bold: false })],
    ...(withNotes ? [item.note ?? ""] : []),
  ];
  const table =
    items.length > 0
      ? [
          fixedTable({
            widths,
            header: withNotes ? [...header, labels.note] : header,
            rows: items.map(row),
          }),
          safeParagraph("", { spacing: { after: 60 } }),
        ]
      : [];
  return [...table, ...richText(notes)];
};

/** A count as officials write it: two digits ("01"), or blank when not given. */
function count(value: number | undefined): string {
  return value === undefined ? "" : String(value).padStart(2, "0");
}
