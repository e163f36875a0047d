import { type IParagraphOptions, type IRunOptions, Paragraph, TextRun } from "docx";
import { xmlSafeText } from "./xml-safe-text.js";

/** Run options without the text, which `safeRun` sets from user text. */
export type RunFormat = Omit<IRunOptions, "text" | "children">;

/** A text run whose user text has passed through `xmlSafeText`: the only way text enters the document. */
export function safeRun(text: string, format: RunFormat = {}): TextRun {
  return new TextRun({ ...format, text: xmlSafeText(text) });
}

/** Paragraph options without the children, which `safeParagraph` makes from text. */
export type ParagraphFormat = Omit<IParagraphOptions, "text" | "children">;

/** A paragraph of one safe run of text. */
export function safeParagraph(
  text: string,
  format: ParagraphFormat = {},
  run: RunFormat = {},
): Paragraph {
  return new Paragraph({ ...format, children: [safeRun(text, run)] });
}
