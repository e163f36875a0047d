import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { STYLE } from "../page/styles.js";
import { safeParagraph } from "../text/safe-run.js";

/** What a cell holds: text, or paragraphs already built. */
export type CellContent = string | Paragraph[];

/** A cell with options: columns it spans and whether it is a heading cell. */
export interface CellSpec {
  content: CellContent;
  span?: number;
  heading?: boolean;
  /** Centre the content vertically (heading cells always are). */
  middle?: boolean;
}

/** Options of `fixedTable`. */
export interface FixedTableOptions {
  /** Column widths in twips (DXA); they should add up to the text width. */
  widths: readonly number[];
  /** Column headings; the row repeats at the top of every page the table runs onto. */
  header?: readonly (CellContent | CellSpec)[];
  rows: readonly (readonly (CellContent | CellSpec)[])[];
  /** Draw no borders (for layout tables). Default: single black lines. */
  borderless?: boolean;
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const NO_LINE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const HEADING_SHADE = { type: ShadingType.CLEAR, color: "auto", fill: "E7E6E6" } as const;

/**
 * A table with absolute DXA widths on the table, its grid and every cell, and a fixed layout, so
 * LibreOffice and Google Docs keep the widths Word would.
 */
export function fixedTable(options: FixedTableOptions): Table {
  const { widths } = options;
  const total = widths.reduce((sum, width) => sum + width, 0);
  const line = options.borderless ? NO_LINE : LINE;
  const rows = options.rows.map((cells) => tableRow(widths, cells, false));
  if (options.header) rows.unshift(tableRow(widths, options.header, true));
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    margins: { left: 80, right: 80, top: 20, bottom: 20 },
    rows,
  });
}

function tableRow(
  widths: readonly number[],
  cells: readonly (CellContent | CellSpec)[],
  isHeader: boolean,
): TableRow {
  let column = 0;
  const children = cells.map((cell) => {
    const spec = toSpec(cell, isHeader);
    const span = spec.span ?? 1;
    const width = widths.slice(column, column + span).reduce((sum, value) => sum + value, 0);
    column += span;
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(span > 1 ? { columnSpan: span } : {}),
      ...(spec.heading ? { shading: HEADING_SHADE } : {}),
      verticalAlign:
        spec.heading || spec.middle ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      children: paragraphsOf(spec),
    });
  });
  return new TableRow({ children, tableHeader: isHeader, cantSplit: isHeader });
}

function toSpec(cell: CellContent | CellSpec, isHeader: boolean): CellSpec {
  if (typeof cell === "string" || Array.isArray(cell)) return { content: cell, heading: isHeader };
  return { heading: isHeader, ...cell };
}

function paragraphsOf(spec: CellSpec): Paragraph[] {
  if (typeof spec.content !== "string") {
    return spec.content.length > 0 ? spec.content : [new Paragraph({ style: STYLE.tableText })];
  }
  const style = spec.heading ? STYLE.tableHeading : STYLE.tableText;
  return spec.content.split("\n").map((line) => safeParagraph(line, { style }));
}
