import { Zip } from "fflate";
import type { ZipEntry } from "./deflated-entry.js";

/**
 * Zips entries, each compressed with DEFLATE (see `deflatedEntry`), in the order given, into the
 * bytes of one zip file. fflate writes the zip structure.
 */
export function zipEntries(entries: Iterable<ZipEntry>): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const entry of entries) {
    zip.add(entry.file);
    entry.write();
  }
  zip.end();
  if (failure) throw failure;
  return concatenate(chunks);
}

function concatenate(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
