import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "@quytrinh/core";
import { writeAtomic } from "../render/write-atomic.js";

/** The file in `--out` where `quytrinh build` remembers what it built from what. */
export const MANIFEST_NAME = ".quytrinh-build.json";

/** What one input produced the last time it was built. */
export interface ManifestEntry {
  /** `buildKey` of the input's bytes and everything else that shaped its outputs. */
  key: string;
  /** The outputs' file names inside `--out`. */
  outputs: string[];
  /** The diagnostics found then, reported again when the input is skipped. */
  diagnostics: Diagnostic[];
}

/** The manifest's entries, by absolute input path. */
export type BuildManifest = Map<string, ManifestEntry>;

const MANIFEST_VERSION = 1;

/** Reads the manifest in `out`; a missing, unreadable or foreign one is empty (all is rebuilt). */
export async function readManifest(out: string): Promise<BuildManifest> {
  try {
    const data = JSON.parse(await readFile(join(out, MANIFEST_NAME), "utf8")) as {
      version?: unknown;
      entries?: Record<string, ManifestEntry>;
    };
    if (data.version !== MANIFEST_VERSION || typeof data.entries !== "object") return new Map();
    return new Map(Object.entries(data.entries ?? {}));
  } catch {
    return new Map();
  }
}

/** Writes the manifest into `out` atomically. */
export async function writeManifest(out: string, manifest: BuildManifest): Promise<void> {
  const data = { version: MANIFEST_VERSION, entries: Object.fromEntries(manifest) };
  await writeAtomic(join(out, MANIFEST_NAME), `${JSON.stringify(data)}\n`);
}

/**
 * The content hash deciding whether an input must be built again: SHA-256 of its bytes and of
 * `settings` (the effective settings, formats, tool version and today's date, since some rules
 * compare dates), serialised once per settings text by the caller.
 */
export function buildKey(bytes: Uint8Array, settings: string): string {
  return createHash("sha256").update(settings).update("\0").update(bytes).digest("hex");
}
