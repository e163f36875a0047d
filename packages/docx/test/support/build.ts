import type { Procedure } from "@quytrinh/core";
import { type DocxOptions, packDocx, toDocx } from "../../src/index.js";
import { docxPart } from "./docx-parts.js";

/** Packs a procedure and returns the bytes with its main parts as text. */
export async function build(procedure: Procedure, options: DocxOptions = {}) {
  const bytes = await packDocx(toDocx(procedure, options));
  return {
    bytes,
    document: await docxPart(bytes, "word/document.xml"),
    styles: await docxPart(bytes, "word/styles.xml"),
    header: await docxPart(bytes, "word/header1.xml"),
  };
}
