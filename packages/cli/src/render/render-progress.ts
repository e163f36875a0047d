import type { CliIo } from "../cli-io.js";

/** Reports which file of a batch is being worked on. */
export interface Progress {
  /** Says that file number `index` (1-based) of `total` has started (or, in a pool, finished). */
  start(index: number, total: number, file: string): void;
  /** Ends the progress display (clears the redrawn line on a terminal). */
  done(): void;
}

const BAR_WIDTH = 20;

/**
 * Progress on standard error: on a terminal one line `███░░░ 3/12 file.md` redrawn in place,
 * otherwise (CI, pipes, logs) one plain line `[3/12] file.md` per file.
 */
export function createProgress(io: CliIo): Progress {
  if (!io.interactive) {
    return {
      start: (index, total, file) => io.stderr(`[${index}/${total}] ${file}\n`),
      done: () => {},
    };
  }
  let drawn = false;
  return {
    start(index, total, file) {
      const filled = total === 0 ? BAR_WIDTH : Math.round((BAR_WIDTH * index) / total);
      const bar = "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
      io.stderr(`\r\x1b[2K${bar} ${index}/${total} ${file}`);
      drawn = true;
    },
    done() {
      if (drawn) io.stderr("\r\x1b[2K");
    },
  };
}
