import type { Language } from "@quytrinh/core";
import { type Document, type FileChild, Footer, Header } from "docx";
import { labelsFor } from "./labels.js";
import { documentShell } from "./page/document-shell.js";
import { pageNumberLine } from "./page/page-number-line.js";
import { STYLE } from "./page/styles.js";
import { safeParagraph } from "./text/safe-run.js";

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
  children: FileChild[],
  options: QuytrinhDocumentOptions = {},
): Document {
  const labels = labelsFor(options.lang ?? "vi");
  const title = options.title?.trim() ?? "";
  return documentShell({
    creator: "quytrinh",
    title,
    ...(title
      ? { header: new Header({ children: [safeParagraph(title, { style: STYLE.headerText })] }) }
      : {}),
    footer: new Footer({ children: [pageNumberLine(labels)] }),
    children,
  });
}
