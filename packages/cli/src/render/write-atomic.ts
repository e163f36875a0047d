import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Temporary files being written right now, so an interrupted run can remove them. */
export const pendingTempFiles = new Set<string>();

/** The name of `writeAtomic`'s temporary files: `.<name>.<pid>-<counter>.tmp`, with the pid. */
export const TEMP_FILE_NAME = /^\..+\.(\d+)-\d+\.tmp$/;

let counter = 0;

/**
 * Writes a file atomically: the data goes to a hidden temporary file in the same folder, which is
 * then renamed over the target, so a reader (or a crash) never sees a half-written file.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  counter += 1;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${counter}.tmp`);
  pendingTempFiles.add(temp);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    pendingTempFiles.delete(temp);
  }
}
