import { escapeXml } from "./escape-xml.js";
import { onOff } from "./on-off.js";
import type { MediaFile, WordParagraph, WordRun } from "./word-block.js";

/** Horizontal alignment of a paragraph (`both` is justified). */
export type Alignment = "left" | "center" | "right" | "both";

/** Paragraph formatting; what is left out comes from the style. Lengths are in twips. */
export interface ParagraphFormat {
  /** Paragraph style id, such as `DOCX_STYLES.body`. */
  style?: string;
  /** Style id of an outline heading, written before `style` as docx writes a `heading`. */
  heading?: string;
  /** `true` keeps the paragraph on the page of the next one; `false` turns a style's off. */
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  spacing?: { before?: number; after?: number };
  indent?: { left?: number; hanging?: number; firstLine?: number };
  alignment?: Alignment;
}

function attribute(name: string, value: number | undefined): string {
  return value === undefined ? "" : ` ${name}="${value}"`;
}

/** The `w:pPr` of a format, in the order docx writes it; empty for no format. */
function paragraphProperties(format: ParagraphFormat): string {
  let xml = "";
  if (format.heading) xml += `<w:pStyle w:val="${escapeXml(format.heading)}"/>`;
  if (format.style) xml += `<w:pStyle w:val="${escapeXml(format.style)}"/>`;
  if (format.keepNext !== undefined) xml += onOff("w:keepNext", format.keepNext);
  if (format.keepLines !== undefined) xml += onOff("w:keepLines", format.keepLines);
  if (format.pageBreakBefore) xml += "<w:pageBreakBefore/>";
  const { spacing, indent } = format;
  if (spacing) {
    xml += `<w:spacing${attribute("w:after", spacing.after)}${attribute("w:before", spacing.before)}/>`;
  }
  if (indent) {
    xml += `<w:ind${attribute("w:left", indent.left)}${attribute("w:hanging", indent.hanging)}${attribute("w:firstLine", indent.firstLine)}/>`;
  }
  if (format.alignment) xml += `<w:jc w:val="${format.alignment}"/>`;
  return xml === "" ? "" : `<w:pPr>${xml}</w:pPr>`;
}

/** A paragraph of runs with its formatting; `media` are the pictures its drawings embed. */
export function paragraph(
  format: ParagraphFormat,
  runs: readonly WordRun[] = [],
  media?: readonly MediaFile[],
): WordParagraph {
  let content = paragraphProperties(format);
  for (const run of runs) content += run.xml;
  const xml = content === "" ? "<w:p/>" : `<w:p>${content}</w:p>`;
  return media && media.length > 0 ? { kind: "paragraph", xml, media } : { kind: "paragraph", xml };
}
