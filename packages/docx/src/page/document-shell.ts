import { xmlSafeText } from "../text/xml-safe-text.js";
import type { WordBlock } from "../wml/word-block.js";
import type { WordDocument } from "../wml/word-document.js";

/** What goes around the content of a document in the quytrinh look. */
export interface ShellOptions {
  children: WordBlock[];
  header?: WordBlock[];
  footer?: WordBlock[];
  /** Core properties: author, title and description, passed through `xmlSafeText`. */
  creator: string;
  title: string;
  description?: string;
}

/**
 * A document in the quytrinh look: A4 portrait with Decree 30/2020 margins, the house styles
 * (Times New Roman in all four slots, `vi-VN`, black headings) and the given header and footer.
 */
export function documentShell(options: ShellOptions): WordDocument {
  return {
    body: options.children,
    ...(options.header ? { header: options.header } : {}),
    ...(options.footer ? { footer: options.footer } : {}),
    properties: {
      creator: xmlSafeText(options.creator),
      title: xmlSafeText(options.title),
      ...(options.description === undefined
        ? {}
        : { description: xmlSafeText(options.description) }),
    },
  };
}
