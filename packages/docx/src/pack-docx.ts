import { type Document, Packer } from "docx";
import { compileParts, partCompiler } from "./pack/compile-parts.js";
import { zipEntries } from "./pack/zip-entries.js";

/**
 * Packs a document from `toDocx` into the bytes of a .docx file; needs no file system. The parts
 * are docx's own; they are zipped with Node's native deflate where there is one.
 */
export async function packDocx(document: Document): Promise<Uint8Array> {
  if (!partCompiler) return Packer.pack(document, "uint8array");
  return zipEntries(compileParts(partCompiler, document));
}
