import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";

const MAGIC = /[*?[]/;

/** Whether an input is a glob pattern (`examples/*.md`, `**\/*.md`) rather than a plain path. */
export function isGlob(input: string): boolean {
  return MAGIC.test(input);
}

/**
 * The `.md` files matching a glob, as paths relative to `cwd` in the form the pattern was typed,
 * sorted. `*` and `?` match within one path segment, `[abc]` a character class, and `**` any
 * number of folders (skipping `node_modules` and folders whose name starts with a dot). Folders
 * are read one at a time, so a tree of thousands of files never opens many handles at once.
 */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const segments = pattern.split(/[\\/]+/);
  const firstMagic = segments.findIndex((segment) => isGlob(segment));
  const base = segments.slice(0, firstMagic).join("/");
  const rest = segments.slice(firstMagic).filter((segment) => segment !== "");
  const found = new Set<string>();
  await walk(resolve(cwd, base === "" && pattern.startsWith("/") ? "/" : base), base, rest, found);
  return [...found].filter((path) => path.toLowerCase().endsWith(".md")).sort();
}

async function walk(
  folder: string,
  shown: string,
  segments: readonly string[],
  found: Set<string>,
): Promise<void> {
  const [segment, ...rest] = segments;
  if (segment === undefined) return;
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  if (segment === "**") {
    await walk(folder, shown, rest, found);
    for (const entry of entries) {
      if (!entry.isDirectory() || skipped(entry.name)) continue;
      await walk(join(folder, entry.name), join(shown, entry.name), segments, found);
    }
    return;
  }
  const matcher = segmentMatcher(segment);
  for (const entry of entries) {
    if (!matcher.test(entry.name)) continue;
    if (rest.length === 0 && (entry.isFile() || entry.isSymbolicLink())) {
      found.add(join(shown, entry.name));
    } else if (rest.length > 0 && (entry.isDirectory() || entry.isSymbolicLink())) {
      await walk(join(folder, entry.name), join(shown, entry.name), rest, found);
    }
  }
}

function skipped(name: string): boolean {
  return name === "node_modules" || name.startsWith(".");
}

/** A regular expression for one path segment of a glob. */
function segmentMatcher(segment: string): RegExp {
  let source = "";
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index] ?? "";
    if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "[" && segment.indexOf("]", index + 1) > index + 1) {
      const end = segment.indexOf("]", index + 1);
      const inside = segment
        .slice(index + 1, end)
        .replace(/^!/, "^")
        .replace(/\\/g, "\\\\");
      source += `[${inside}]`;
      index = end;
    } else source += char.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  // A leading `*` does not match hidden files, as in a shell.
  return new RegExp(`^${segment.startsWith(".") ? "" : "(?!\\.)"}${source}$`, "u");
}
