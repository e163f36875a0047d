/** A picture the document embeds, such as the PNG of an image flowchart. */
export interface MediaFile {
  /** File extension, which also gives its content type: `png` or `svg`. */
  extension: "png" | "svg";
  data: Uint8Array;
}

/**
 * A paragraph written as WordprocessingML (`<w:p>…</w:p>`). `media` are the pictures its
 * drawings embed; the XML names the n-th one `r:embed="\u0001n\u0001"` until the package gives
 * it a relationship id.
 */
export interface WordParagraph {
  readonly kind: "paragraph";
  readonly xml: string;
  readonly media?: readonly MediaFile[];
}

/**
 * Why a paragraph with pictures was refused outside the body: its pictures get their relationship
 * ids only from the body's own paragraphs, so in a table cell, a header or a footer they would be
 * lost and the document broken.
 */
export const PICTURES_IN_BODY_ONLY =
  "A paragraph with pictures goes directly in the document body, not in a table, header or footer";

/** A table written as WordprocessingML (`<w:tbl>…</w:tbl>`). */
export interface WordTable {
  readonly kind: "table";
  readonly xml: string;
}

/** A block of a document body, header or footer. */
export type WordBlock = WordParagraph | WordTable;

/** A run of a paragraph written as WordprocessingML (`<w:r>…</w:r>`, or several for a field). */
export interface WordRun {
  readonly xml: string;
}
