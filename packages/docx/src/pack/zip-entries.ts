import { Zip } from "fflate";
import { deflatedEntry, type ZipEntry } from "./deflated-entry.js";

/**
 * Zips files, each compressed with DEFLATE, in the order given, into the bytes of one zip file.
 * fflate writes the zip structure; `entryOf` (native zlib in Node) compresses each file.
 */
export function zipEntries(
  files: Iterable<readonly [path: string, data: Uint8Array]>,
  entryOf: (path: string, data: Uint8Array) => ZipEntry = deflatedEntry,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [path, data] of files) {
    const entry = entryOf(path, data);
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
