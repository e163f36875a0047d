import { escapeXml } from "./escape-xml.js";
import { onOff } from "./on-off.js";
import type { WordRun } from "./word-block.js";

/** Character formatting of a run; what is left out comes from the paragraph's style. */
export interface RunFormat {
  /** `false` turns bold off where the style has it on. */
  bold?: boolean;
  italics?: boolean;
  /** Font size in half-points. */
  size?: number;
}

/** The `w:rPr` of a format, in the order docx writes it; empty for no format. */
function runProperties(format: RunFormat): string {
  let xml = "";
  if (format.bold !== undefined) xml += onOff("w:b", format.bold) + onOff("w:bCs", format.bold);
  if (format.italics !== undefined) {
    xml += onOff("w:i", format.italics) + onOff("w:iCs", format.italics);
  }
  if (format.size !== undefined) {
    xml += `<w:sz w:val="${format.size}"/><w:szCs w:val="${format.size}"/>`;
  }
  return xml === "" ? "" : `<w:rPr>${xml}</w:rPr>`;
}

/**
 * A run of text, escaped; tabs stay tabs. The text is written as given: user text goes through
 * `xmlSafeText` first (see `safeRun`).
 */
export function textRun(text: string, format: RunFormat = {}): WordRun {
  return {
    xml: `<w:r>${runProperties(format)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`,
  };
}

/** A field Word and LibreOffice fill in, such as `PAGE` or `NUMPAGES`, as docx writes one. */
export function fieldRun(instruction: "PAGE" | "NUMPAGES"): WordRun {
  const char = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  return {
    xml: `${char("begin")}<w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r>${char("separate")}${char("end")}`,
  };
}

/** A run holding a drawing already written as XML (`<w:drawing>…</w:drawing>`). */
export function drawingRun(drawingXml: string): WordRun {
  return { xml: `<w:r>${drawingXml}</w:r>` };
}
