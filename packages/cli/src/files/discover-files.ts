import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Diagnostic } from "@quytrinh/core";
import { cliDiagnostic } from "../check/cli-diagnostic.js";
import type { CliMessages } from "../messages.js";
import { expandGlob, isGlob } from "./expand-glob.js";
import { unreadableDiagnostic } from "./read-source.js";

/** One thing to check: a file to read, or an input path with a problem of its own. */
export interface DiscoveredInput {
  /** Absolute path, for reading. */
  path: string;
  /** The path as shown to the user. */
  shownPath: string;
  /** Set when the input cannot be checked (missing, unreadable, a folder without `.md` files). */
  problem?: Diagnostic;
}

/**
 * Expands the inputs of a command: files are kept as given; folders are searched recursively for
 * `*.md`, skipping `node_modules` and folders whose name starts with a dot; a glob that names no
 * existing path (`examples/*.md`, `**\/*.md`) is matched against the files. Order is the order
 * of the inputs, then sorted paths inside each folder or glob; a file reached twice is listed once.
 */
export async function discoverFiles(
  inputs: readonly string[],
  cwd: string,
  messages: CliMessages,
): Promise<DiscoveredInput[]> {
  const found: DiscoveredInput[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const path = resolve(cwd, input);
    try {
      if (!(await stat(path)).isDirectory()) {
        addOnce(found, seen, { path, shownPath: input });
        continue;
      }
      const files = await markdownFilesIn(path, new Set());
      if (files.length === 0) {
        const problem = cliDiagnostic({
          ruleId: "no-markdown-files",
          severity: "warning",
          reason: messages.noMarkdownFiles(input),
        });
        found.push({ path, shownPath: input, problem });
      }
      for (const { relative, error } of files) {
        const shownPath = join(input, relative);
        const entry = { path: join(path, relative), shownPath };
        const problem =
          error === undefined ? {} : { problem: unreadableDiagnostic(shownPath, error, messages) };
        addOnce(found, seen, { ...entry, ...problem });
      }
    } catch (error) {
      if (isGlob(input)) {
        found.push(...(await globInputs(input, cwd, messages)).filter((e) => !seen.has(e.path)));
        for (const entry of found) seen.add(entry.path);
        continue;
      }
      found.push({ path, shownPath: input, problem: unreadableDiagnostic(input, error, messages) });
    }
  }
  return found;
}

/** The files a glob matches, or one warning saying it matched none. */
async function globInputs(
  pattern: string,
  cwd: string,
  messages: CliMessages,
): Promise<DiscoveredInput[]> {
  const matches = await expandGlob(pattern, cwd);
  if (matches.length === 0) {
    const problem = cliDiagnostic({
      ruleId: "no-markdown-files",
      severity: "warning",
      reason: messages.noGlobMatches(pattern),
    });
    return [{ path: resolve(cwd, pattern), shownPath: pattern, problem }];
  }
  return matches.map((shownPath) => ({ path: resolve(cwd, shownPath), shownPath }));
}

function addOnce(found: DiscoveredInput[], seen: Set<string>, input: DiscoveredInput): void {
  if (seen.has(input.path)) return;
  seen.add(input.path);
  found.push(input);
}

/** A `.md` file found in a folder, or a subfolder that could not be read (with its error). */
interface FoundFile {
  relative: string;
  error?: unknown;
}

/** The `.md` files under `folder`, sorted by code point; follows links, each folder once. */
async function markdownFilesIn(folder: string, visited: Set<string>): Promise<FoundFile[]> {
  const real = await realpath(folder);
  if (visited.has(real)) return [];
  visited.add(real);
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => compareCodePoints(a.name, b.name));
  const files: FoundFile[] = [];
  for (const entry of entries) {
    const kind = await entryKind(folder, entry);
    if (kind === "folder" && !skippedFolder(entry.name)) {
      const inner = await markdownFilesIn(join(folder, entry.name), visited).catch(
        (error: unknown) => [{ relative: "", error }],
      );
      files.push(...inner.map((file) => ({ ...file, relative: join(entry.name, file.relative) })));
    } else if (kind === "file" && entry.name.toLowerCase().endsWith(".md")) {
      files.push({ relative: entry.name });
    }
  }
  return files;
}

async function entryKind(folder: string, entry: Dirent): Promise<"file" | "folder" | "other"> {
  if (entry.isSymbolicLink()) {
    const target = await stat(join(folder, entry.name)).catch(() => undefined);
    if (target?.isDirectory()) return "folder";
    return target?.isFile() ? "file" : "other";
  }
  if (entry.isDirectory()) return "folder";
  return entry.isFile() ? "file" : "other";
}

function skippedFolder(name: string): boolean {
  return name === "node_modules" || name.startsWith(".");
}

function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
