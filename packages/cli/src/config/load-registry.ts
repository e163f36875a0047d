import type { Diagnostic, Language, LegalRegistry } from "@quytrinh/core";
import { LegalRegistrySchema } from "@quytrinh/core";
import { cliDiagnostic } from "../check/cli-diagnostic.js";
import type { CliMessages } from "../messages.js";
import { readCheckedFile } from "./read-checked-file.js";

/** A legal registry read from a YAML file, or why it cannot be used. */
export interface LoadedRegistry {
  registry?: LegalRegistry;
  diagnostics: Diagnostic[];
}

/** Loads a registry file by absolute path; each file is read once. */
export type RegistryLoader = (path: string, shownPath: string) => Promise<LoadedRegistry>;

/**
 * A loader of YAML legal registries checked against `LegalRegistrySchema`; a missing file, a syntax
 * error or a wrong field becomes a positioned diagnostic on the registry file.
 */
export function createRegistryLoader(lang: Language, messages: CliMessages): RegistryLoader {
  const cache = new Map<string, Promise<LoadedRegistry>>();
  return (path, shownPath) => {
    let loaded = cache.get(path);
    if (!loaded) {
      loaded = load(path, shownPath, lang, messages);
      cache.set(path, loaded);
    }
    return loaded;
  };
}

async function load(
  path: string,
  shownPath: string,
  lang: Language,
  messages: CliMessages,
): Promise<LoadedRegistry> {
  const checked = await readCheckedFile(
    path,
    shownPath,
    LegalRegistrySchema,
    "registry",
    lang,
    messages,
  );
  if ("value" in checked) return { registry: checked.value, diagnostics: [] };
  if ("diagnostics" in checked) return { diagnostics: checked.diagnostics };
  const reason = messages.fileNotFound(shownPath);
  return { diagnostics: [cliDiagnostic({ ruleId: "file-not-found", reason })] };
}
