import { xmlSafeText } from "@quytrinh/docx";
import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

/** Width of the text on an A4 page with the Decree 30 margins of `quytrinhDocument`, in twips. */
export const TEXT_WIDTH = 9355;

/** Paragraph style ids defined by `quytrinhDocument` (the house styles of `@quytrinh/docx`). */
const STYLE = {
  title: "Title",
  heading: "Heading2",
  body: "BodyText",
  list: "ListLine",
  tableText: "TableText",
  tableHeading: "TableHeading",
} as const;

/** The centred, bold title of a handout or answer key. */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({ style: STYLE.title, children: [new TextRun(xmlSafeText(text))] });
}

/** A section heading ("Hướng dẫn", "Các thẻ"). */
export function headingParagraph(text: string): Paragraph {
  return new Paragraph({ style: STYLE.heading, children: [new TextRun(xmlSafeText(text))] });
}

/** A paragraph of body text; `centred` for a line under the title. */
export function bodyParagraph(text: string, centred = false): Paragraph {
  return new Paragraph({
    style: STYLE.body,
    ...(centred ? { alignment: "center", indent: { firstLine: 0 } } : {}),
    children: [new TextRun(xmlSafeText(text))],
  });
}

/**
 * A line of a list with its marker ("1.", "a)") hanging in the margin; `keepWithNext` holds it on
 * the page of the next line, so a short list is never split.
 */
export function listParagraph(marker: string, text: string, keepWithNext = false): Paragraph {
  return new Paragraph({
    style: STYLE.list,
    keepNext: keepWithNext,
    children: [new TextRun(`${marker}\t`), new TextRun(xmlSafeText(text))],
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

function cell(text: string, width: number, heading: boolean, rowHeight: boolean): TableCell {
  const lines = text.split("\n");
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(heading ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "E7E6E6" } } : {}),
    children: lines.map(
      (line) =>
        new Paragraph({
          style: heading ? STYLE.tableHeading : STYLE.tableText,
          ...(rowHeight ? { spacing: { before: 160, after: 160 } } : {}),
          children: [new TextRun(xmlSafeText(line))],
        }),
    ),
  });
}

/**
 * A bordered table of text with absolute widths (twips) and a fixed layout, so LibreOffice keeps
 * them; the heading row repeats on each page. `roomy` gives empty rows space to write in by hand.
 */
export function textTable(
  widths: readonly number[],
  header: readonly string[],
  rows: readonly (readonly string[])[],
  roomy = false,
): Table {
  const row = (cells: readonly string[], heading: boolean) =>
    new TableRow({
      tableHeader: heading,
      cantSplit: true,
      children: widths.map((width, index) =>
        cell(cells[index] ?? "", width, heading, roomy && !heading),
      ),
    });
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    margins: { left: 80, right: 80, top: 20, bottom: 20 },
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}
