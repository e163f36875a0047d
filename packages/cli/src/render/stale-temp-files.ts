import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { TEMP_FILE_NAME } from "./write-atomic.js";

/**
 * Removes the temporary files that a killed run (`SIGKILL`, power cut) of `writeAtomic` left in
 * `folder`, skipping those of processes still running (another build writing there). Resolves to
 * the number removed; a missing folder has none.
 */
export async function removeStaleTempFiles(folder: string): Promise<number> {
  const names = await readdir(folder).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const pid = Number(TEMP_FILE_NAME.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    await rm(join(folder, name), { force: true });
    removed += 1;
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
