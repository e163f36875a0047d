import { type ParagraphFormat, paragraph } from "../wml/paragraph.js";
import { type RunFormat, textRun } from "../wml/run.js";
import type { WordParagraph, WordRun } from "../wml/word-block.js";
import { xmlSafeText } from "./xml-safe-text.js";

/** A text run whose user text has passed through `xmlSafeText`: the only way text enters the document. */
export function safeRun(text: string, format: RunFormat = {}): WordRun {
  return textRun(xmlSafeText(text), format);
}

/** A paragraph of one safe run of text. */
export function safeParagraph(
  text: string,
  format: ParagraphFormat = {},
  run: RunFormat = {},
): WordParagraph {
  return paragraph(format, [safeRun(text, run)]);
}
