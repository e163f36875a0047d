import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { isGlob } from "../files/expand-glob.js";

/** One folder `watch` listens to, and what a change in it rebuilds. */
export interface WatchTarget {
  folder: string;
  /** Listen below `folder` too. */
  recursive: boolean;
  /**
   * Procedures that count: `each` rebuilds the changed file, shown under `folder` as typed;
   * `glob` rebuilds the glob as typed; a map (absolute path → as typed) rebuilds only the files
   * named on the command line; `none` listens for config files only.
   */
  procedures: { each: string } | { glob: string } | ReadonlyMap<string, string> | "none";
}

/** The fixed folder a glob starts from: `docs/**\/*.md` → `docs`. */
function globBase(glob: string): string {
  const parts = glob.split(/[/\\]/u);
  const fixed = parts.slice(
    0,
    parts.findIndex((part) => isGlob(part)),
  );
  return fixed.join("/") || ".";
}

/** Every folder from `folder` up to the file-system root, where a config file may govern it. */
function ancestors(folder: string): string[] {
  const found = [folder];
  for (let parent = dirname(folder); parent !== found.at(-1); parent = dirname(parent)) {
    found.push(parent);
  }
  return found;
}

/**
 * The folders to listen to for the inputs of `watch` (as typed, relative to `cwd`): a folder
 * recursively, a file through its folder (editors replace files by renaming, which a watch on
 * the file itself would miss), a glob through its fixed base folder; and every folder above them
 * for `quytrinh.config.*` changes. A missing input is watched through its folder, for when it appears.
 */
export async function watchTargets(inputs: readonly string[], cwd: string): Promise<WatchTarget[]> {
  const targets: WatchTarget[] = [];
  const files = new Map<string, Map<string, string>>();
  const configFolders = new Set<string>();
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const isFolder = await stat(path).then(
      (stats) => stats.isDirectory(),
      () => false,
    );
    if (isFolder) {
      targets.push({ folder: path, recursive: true, procedures: { each: input } });
      for (const folder of ancestors(dirname(path))) configFolders.add(folder);
    } else if (isGlob(input)) {
      const folder = resolve(cwd, globBase(input));
      targets.push({ folder, recursive: true, procedures: { glob: input } });
      for (const above of ancestors(dirname(folder))) configFolders.add(above);
    } else {
      const folder = dirname(path);
      files.set(folder, (files.get(folder) ?? new Map()).set(path, input));
      for (const above of ancestors(folder)) configFolders.add(above);
    }
  }
  for (const [folder, named] of files)
    targets.push({ folder, recursive: false, procedures: named });
  for (const folder of configFolders) {
    if (!targets.some((target) => target.folder === folder)) {
      targets.push({ folder, recursive: false, procedures: "none" });
    }
  }
  return targets;
}
