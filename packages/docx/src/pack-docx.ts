import { type Document, Packer } from "docx";

/** Packs a document from `toDocx` into the bytes of a .docx file; needs no file system. */
export function packDocx(document: Document): Promise<Uint8Array> {
  return Packer.pack(document, "uint8array");
}
