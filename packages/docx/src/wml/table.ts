import { PICTURES_IN_BODY_ONLY, type WordParagraph, type WordTable } from "./word-block.js";

/** A border line of a table, as `w:val`, `w:color` and `w:sz` (eighths of a point). */
export interface BorderLine {
  style: "single" | "none";
  color: string;
  size: number;
}

/** One cell: its width in twips, the columns it spans, its shading and its paragraphs. */
export interface TableCellSpec {
  width: number;
  span?: number;
  /** Fill colour behind the text, as hex (`E7E6E6`). */
  fill?: string;
  verticalAlign: "top" | "center";
  /** At least one paragraph: Word needs one in every cell. */
  paragraphs: readonly WordParagraph[];
}

/** One row; a heading row repeats at the top of each page and is never split. */
export interface TableRowSpec {
  heading: boolean;
  cells: readonly TableCellSpec[];
}

/** A table with a fixed layout: widths in twips, the same border on every edge, cell margins. */
export interface TableSpec {
  widths: readonly number[];
  border: BorderLine;
  margins: { top: number; left: number; bottom: number; right: number };
  rows: readonly TableRowSpec[];
}

const EDGES = ["top", "left", "bottom", "right", "insideH", "insideV"] as const;

function width(name: string, twips: number): string {
  return `<${name} w:type="dxa" w:w="${twips}"/>`;
}

function tableProperties(spec: TableSpec, total: number): string {
  const { border, margins } = spec;
  const line = ` w:val="${border.style}" w:color="${border.color}" w:sz="${border.size}"/>`;
  const borders = EDGES.map((edge) => `<w:${edge}${line}`).join("");
  const cellMargins =
    width("w:top", margins.top) +
    width("w:left", margins.left) +
    width("w:bottom", margins.bottom) +
    width("w:right", margins.right);
  return `<w:tblPr>${width("w:tblW", total)}<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>${cellMargins}</w:tblCellMar></w:tblPr>`;
}

function cellXml(cell: TableCellSpec): string {
  let xml = `<w:tc><w:tcPr>${width("w:tcW", cell.width)}`;
  if (cell.span !== undefined && cell.span > 1) xml += `<w:gridSpan w:val="${cell.span}"/>`;
  if (cell.fill) xml += `<w:shd w:fill="${cell.fill}" w:color="auto" w:val="clear"/>`;
  xml += `<w:vAlign w:val="${cell.verticalAlign}"/></w:tcPr>`;
  for (const paragraph of cell.paragraphs) {
    if (paragraph.media) throw new RangeError(PICTURES_IN_BODY_ONLY);
    xml += paragraph.xml;
  }
  return `${xml}</w:tc>`;
}

function rowXml(row: TableRowSpec): string {
  const properties = row.heading
    ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
    : '<w:trPr><w:cantSplit w:val="off"/><w:tblHeader w:val="off"/></w:trPr>';
  let xml = `<w:tr>${properties}`;
  for (const cell of row.cells) xml += cellXml(cell);
  return `${xml}</w:tr>`;
}

/** A table written as docx writes a fixed-layout `Table` with these options. */
export function table(spec: TableSpec): WordTable {
  const total = spec.widths.reduce((sum, value) => sum + value, 0);
  let xml = `<w:tbl>${tableProperties(spec, total)}<w:tblGrid>`;
  for (const column of spec.widths) xml += `<w:gridCol w:w="${column}"/>`;
  xml += "</w:tblGrid>";
  for (const row of spec.rows) xml += rowXml(row);
  return { kind: "table", xml: `${xml}</w:tbl>` };
}
