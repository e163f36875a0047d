import { dirname, join } from "node:path";
import type { Diagnostic, Language } from "@quytrinh/core";
import type { CliMessages } from "../messages.js";
import { CONFIG_FILE_NAMES, type QuytrinhConfig, QuytrinhConfigSchema } from "./quytrinh-config.js";
import { readCheckedFile } from "./read-checked-file.js";

/** The config governing a folder: the nearest config file's settings, or none. */
export interface FoundConfig {
  /** Absolute path of the config file; absent when no folder up to the root has one. */
  path?: string;
  /** Its settings; empty when there is no file or it is invalid. */
  config: QuytrinhConfig;
  /** Why the file could not be used (unreadable, syntax, wrong fields), positioned in the file. */
  diagnostics: Diagnostic[];
}

/** Finds the config governing a folder; each folder is looked up once. */
export type ConfigFinder = (folder: string) => Promise<FoundConfig>;

/**
 * A finder that walks up from a folder to the filesystem root and takes the nearest
 * `quytrinh.config.json`, `.yaml` or `.yml` (in that order within one folder). Results are cached
 * per folder, so a batch of files reads each config file once.
 */
export function createConfigFinder(lang: Language, messages: CliMessages): ConfigFinder {
  const cache = new Map<string, Promise<FoundConfig>>();
  const find = (folder: string): Promise<FoundConfig> => {
    let found = cache.get(folder);
    if (!found) {
      found = lookIn(folder, lang, messages).then((own) => {
        if (own) return own;
        const parent = dirname(folder);
        return parent === folder ? { config: {}, diagnostics: [] } : find(parent);
      });
      cache.set(folder, found);
    }
    return found;
  };
  return find;
}

async function lookIn(
  folder: string,
  lang: Language,
  messages: CliMessages,
): Promise<FoundConfig | undefined> {
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(folder, name);
    const checked = await readCheckedFile(
      path,
      path,
      QuytrinhConfigSchema,
      "config",
      lang,
      messages,
    );
    if ("missing" in checked) continue;
    if ("value" in checked) return { path, config: checked.value, diagnostics: [] };
    return { path, config: {}, diagnostics: checked.diagnostics };
  }
  return undefined;
}
