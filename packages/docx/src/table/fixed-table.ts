import { STYLE } from "../page/styles.js";
import { safeParagraph } from "../text/safe-run.js";
import { paragraph } from "../wml/paragraph.js";
import { type BorderLine, type TableCellSpec, type TableRowSpec, table } from "../wml/table.js";
import type { WordParagraph, WordTable } from "../wml/word-block.js";

/** What a cell holds: text, or paragraphs already built. */
export type CellContent = string | WordParagraph[];

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

const LINE: BorderLine = { style: "single", size: 4, color: "000000" };
const NO_LINE: BorderLine = { style: "none", size: 0, color: "FFFFFF" };
const HEADING_FILL = "E7E6E6";
const MARGINS = { left: 80, right: 80, top: 20, bottom: 20 };

/**
 * A table with absolute DXA widths on the table, its grid and every cell, and a fixed layout, so
 * LibreOffice and Google Docs keep the widths Word would.
 */
export function fixedTable(options: FixedTableOptions): WordTable {
  const { widths } = options;
  const rows = options.rows.map((cells) => tableRow(widths, cells, false));
  if (options.header) rows.unshift(tableRow(widths, options.header, true));
  return table({
    widths,
    border: options.borderless ? NO_LINE : LINE,
    margins: MARGINS,
    rows,
  });
}

function tableRow(
  widths: readonly number[],
  cells: readonly (CellContent | CellSpec)[],
  isHeader: boolean,
): TableRowSpec {
  let column = 0;
  const specs = cells.map((cell): TableCellSpec => {
    const spec = toSpec(cell, isHeader);
    const span = spec.span ?? 1;
    let width = 0;
    for (let index = column; index < column + span; index++) width += widths[index] ?? 0;
    column += span;
    return {
      width,
      ...(span > 1 ? { span } : {}),
      ...(spec.heading ? { fill: HEADING_FILL } : {}),
      verticalAlign: spec.heading || spec.middle ? "center" : "top",
      paragraphs: paragraphsOf(spec),
    };
  });
  return { heading: isHeader, cells: specs };
}

function toSpec(cell: CellContent | CellSpec, isHeader: boolean): CellSpec {
  if (typeof cell === "string" || Array.isArray(cell)) return { content: cell, heading: isHeader };
  return { heading: isHeader, ...cell };
}

function paragraphsOf(spec: CellSpec): WordParagraph[] {
  if (typeof spec.content !== "string") {
    return spec.content.length > 0 ? spec.content : [paragraph({ style: STYLE.tableText })];
  }
  const style = spec.heading ? STYLE.tableHeading : STYLE.tableText;
  return spec.content.split("\n").map((line) => safeParagraph(line, { style }));
}
