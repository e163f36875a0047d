import { Document, Footer, Header, Paragraph } from "docx";
import { PAGE } from "../page/page-geometry.js";
import { documentStyles } from "../page/styles.js";
import { docxParts } from "./docx-parts.js";

/**
 * The package docx writes for an empty document in the quytrinh look (styles, numbering,
 * settings, theme, fonts, notes, properties), with a header and a footer: docx stays the source of
 * truth for every part that is the same in each document, and for the root elements of the parts
 * that are not.
 */
export interface ShellPackage {
  /** Every part, by path, in the order docx zips them but with the content types first. */
  parts: Map<string, Uint8Array>;
  /** `word/document.xml` up to and including `<w:body>`. */
  documentStart: string;
  /** `word/header1.xml` up to its first paragraph. */
  headerStart: string;
  /** `word/footer1.xml` up to its first paragraph. */
  footerStart: string;
  /** `[Content_Types].xml` without the header and footer overrides and the closing tag. */
  contentTypesStart: string;
}

const CONTENT_TYPES = "[Content_Types].xml";

let shell: Promise<ShellPackage> | undefined;

/** The shell package, compiled by docx the first time it is asked for and kept for the process. */
export function shellPackage(): Promise<ShellPackage> {
  shell ??= compileShell();
  return shell;
}

async function compileShell(): Promise<ShellPackage> {
  const empty = () => ({ children: [new Paragraph({})] });
  const document = new Document({
    styles: documentStyles(),
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
        },
        headers: { default: new Header(empty()) },
        footers: { default: new Footer(empty()) },
        children: [],
      },
    ],
  });
  // Office expects the content types first in a package; docx's `Packer` puts them last.
  const parts = new Map(
    (await docxParts(document)).sort(
      ([a], [b]) => Number(b === CONTENT_TYPES) - Number(a === CONTENT_TYPES),
    ),
  );
  const text = (path: string) => new TextDecoder().decode(parts.get(path));
  const before = (xml: string, marker: string) => xml.slice(0, xml.indexOf(marker));
  const body = text("word/document.xml");
  return {
    parts,
    documentStart: `${before(body, "<w:body>")}<w:body>`,
    headerStart: before(text("word/header1.xml"), "<w:p"),
    footerStart: before(text("word/footer1.xml"), "<w:p"),
    contentTypesStart: before(
      text(CONTENT_TYPES).replace(/<Override [^>]*\/word\/(?:header|footer)1\.xml"\/>/g, ""),
      "</Types>",
    ),
  };
}
