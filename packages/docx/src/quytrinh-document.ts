import type { Language } from "@quytrinh/core";
import { labelsFor } from "./labels.js";
import { documentShell } from "./page/document-shell.js";
import { pageNumberLine } from "./page/page-number-line.js";
import { STYLE } from "./page/styles.js";
import { safeParagraph } from "./text/safe-run.js";
import type { WordBlock } from "./wml/word-block.js";
import type { WordDocument } from "./wml/word-document.js";

/** Options of `quytrinhDocument`. */
export interface QuytrinhDocumentOptions {
  /** Language of the page-number line. Default: `"vi"`. */
  lang?: Language;
  /** Shown at the top of every page and stored as the document's title. */
  title?: string;
}

/**
 * A document in the look of `toDocx` around any content (handouts, answer keys): A4 with
 * Decree 30/2020 margins, Times New Roman, `vi-VN`, the house styles, the title at the top of
 * each page and "Trang x/y" at the bottom. Pack it to bytes with `packDocx`.
 */
export function quytrinhDocument(
  children: WordBlock[],
  options: QuytrinhDocumentOptions = {},
): WordDocument {
  const labels = labelsFor(options.lang ?? "vi");
  const title = options.title?.trim() ?? "";
  return documentShell({
    creator: "quytrinh",
    title,
    ...(title ? { header: [safeParagraph(title, { style: STYLE.headerText })] } : {}),
    footer: [pageNumberLine(labels)],
    children,
  });
}
