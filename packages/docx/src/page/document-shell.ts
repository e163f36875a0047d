import { Document, type FileChild, type Footer, type Header } from "docx";
import { xmlSafeText } from "../text/xml-safe-text.js";
import { PAGE } from "./page-geometry.js";
import { documentStyles } from "./styles.js";

/** What goes around the content of a document in the quytrinh look. */
export interface ShellOptions {
  children: FileChild[];
  header?: Header;
  footer?: Footer;
  /** Core properties: author, title and description, passed through `xmlSafeText`. */
  creator: string;
  title: string;
  description?: string;
}

/**
 * A document in the quytrinh look: A4 portrait with Decree 30/2020 margins, the house styles
 * (Times New Roman in all four slots, `vi-VN`, black headings) and the given header and footer.
 */
export function documentShell(options: ShellOptions): Document {
  return new Document({
    creator: xmlSafeText(options.creator),
    title: xmlSafeText(options.title),
    ...(options.description === undefined ? {} : { description: xmlSafeText(options.description) }),
    styles: documentStyles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: PAGE.margin,
          },
        },
        ...(options.header ? { headers: { default: options.header } } : {}),
        ...(options.footer ? { footers: { default: options.footer } } : {}),
        children: options.children,
      },
    ],
  });
}
