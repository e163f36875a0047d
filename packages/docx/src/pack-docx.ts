import { deflatedEntry, reusableEntry, type ZipEntry } from "./pack/deflated-entry.js";
import { documentParts } from "./pack/document-parts.js";
import { shellPackage } from "./pack/shell-package.js";
import { zipEntries } from "./pack/zip-entries.js";
import type { WordDocument } from "./wml/word-document.js";

/** The shell's parts that each document writes itself, or leaves out with its header or footer. */
const OWN_PARTS =
  /^(?:\[Content_Types\]\.xml|docProps\/core\.xml|word\/(?:_rels\/)?(?:document|header1|footer1)\.xml(?:\.rels)?)$/;

/** The relationships part of a header or footer, which goes with it: `word/_rels/header1.xml.rels`. */
const PART_RELATIONSHIPS = /^word\/_rels\/((?:header|footer)1\.xml)\.rels$/;

/** The shell's parts as entries that compress each part once per process. */
let reusable: Promise<Map<string, () => ZipEntry>> | undefined;

function reusableEntries(): Promise<Map<string, () => ZipEntry>> {
  reusable ??= shellPackage().then(
    (shell) =>
      new Map([...shell.parts].map(([path, data]) => [path, reusableEntry(path, data)] as const)),
  );
  return reusable;
}

/**
 * Packs a document from `toDocx` or `quytrinhDocument` into the bytes of a .docx file; needs no
 * file system. The parts that are the same in every document are docx's own, compiled and
 * compressed once per process; the others are written as text, in docx's order.
 */
export async function packDocx(document: WordDocument): Promise<Uint8Array> {
  const [shell, entries] = await Promise.all([shellPackage(), reusableEntries()]);
  const own = documentParts(document, shell);
  const encoder = new TextEncoder();
  const zipped: ZipEntry[] = [];
  for (const path of shell.parts.keys()) {
    const text = own.parts.get(path);
    if (text !== undefined) zipped.push(deflatedEntry(path, encoder.encode(text)));
    else if (keepsShellPart(path, own.parts)) {
      const entry = entries.get(path);
      if (entry) zipped.push(entry());
    }
  }
  for (const [path, data] of own.media) zipped.push(deflatedEntry(path, data));
  return zipEntries(zipped);
}

/** Whether a shell part goes in the package as docx wrote it. */
function keepsShellPart(path: string, own: ReadonlyMap<string, string>): boolean {
  const part = PART_RELATIONSHIPS.exec(path)?.[1];
  if (part !== undefined) return own.has(`word/${part}`);
  return !OWN_PARTS.test(path);
}
