import { basename, extname, isAbsolute, relative, sep } from "node:path";
import { CONFIG_FILE_NAMES } from "../config/quytrinh-config.js";

/** What a saved file means for `watch`. */
export type WatchedChange = "procedure" | "config" | "ignored";

/** Temporary and backup files of editors and of our own atomic writes. */
const SCRATCH = /^(?:\..*|.*~|#.*#|\d+)$|\.(?:swp|swx|swo|tmp|bak|orig|crdownload)$/iu;

const configNames: ReadonlySet<string> = new Set(CONFIG_FILE_NAMES);

/** Whether `path` is `folder` or inside it. */
export function isInside(path: string, folder: string): boolean {
  const inside = relative(folder, path);
  return (
    inside === "" || (inside !== ".." && !inside.startsWith(`..${sep}`) && !isAbsolute(inside))
  );
}

/**
 * Sorts out a path that changed under the watched folder `root`: a `quytrinh.config.*` file, a
 * procedure (`.md`), or something to ignore: editors' swap, backup and temporary files
 * (`.x.md.swp`, `x.md~`, `#x.md#`, vim's `4913`), hidden files (such as our own atomic writes),
 * anything in a hidden folder below `root`, and anything in the output folder `out`.
 */
export function watchedChange(path: string, root: string, out: string): WatchedChange {
  if (isInside(path, out)) return "ignored";
  const name = basename(path);
  if (configNames.has(name)) return "config";
  const hiddenFolder = relative(root, path)
    .split(sep)
    .slice(0, -1)
    .some((part) => part.startsWith("."));
  if (SCRATCH.test(name) || hiddenFolder) return "ignored";
  return extname(name).toLowerCase() === ".md" ? "procedure" : "ignored";
}
