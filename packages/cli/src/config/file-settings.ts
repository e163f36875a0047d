import { dirname, relative, resolve } from "node:path";
import {
  type Language,
  type PresetName,
  starterRegistry,
  type ValidateConfig,
} from "@quytrinh/core";
import type { CliMessages } from "../messages.js";
import type { FileReport } from "../report/file-report.js";
import { createConfigFinder } from "./find-config.js";
import { createRegistryLoader } from "./load-registry.js";
import type { QuytrinhConfig } from "./quytrinh-config.js";

/** Settings given on the command line; each wins over the config file. */
export interface CliOverrides {
  /** `--lang`, when given. */
  lang?: Language;
  /** `--preset`, when given. */
  preset?: PresetName;
  /** `--registry`, when given, as typed (relative to `cwd`). */
  registry?: string;
  /** Do not load any legal registry (commands that do not validate, such as `render`). */
  noRegistry?: boolean;
}

/** How one input file is checked and drawn, after merging command line, config and defaults. */
export interface FileSettings {
  /** Language of this file's diagnostics: `--lang`, else the config's `language`, else `vi`. */
  lang: Language;
  /** The config file's settings (empty without one), for the renderers' defaults. */
  config: QuytrinhConfig;
  /** What `validate` gets; the document's front matter `rules:` still wins inside core. */
  validate: ValidateConfig;
  /** Config and registry files that cannot be used, each reported once per run. */
  problems: FileReport[];
}

/** Resolves the settings of each input file by its path. */
export type SettingsResolver = (file: string) => Promise<FileSettings>;

/**
 * A resolver that finds each file's nearest config file (cached per folder), loads the legal
 * registry it names (`--registry` wins; default the starter registry in core) and merges the
 * command line over it. A bad config or registry is reported once, on its own file, and the files
 * it governs are checked with the defaults (or without a registry), so the run still exits 1.
 */
export function createSettingsResolver(
  overrides: CliOverrides,
  cwd: string,
  messages: CliMessages,
): SettingsResolver {
  const lang = overrides.lang ?? "vi";
  const findConfig = createConfigFinder(lang, messages);
  const loadRegistry = createRegistryLoader(lang, messages);
  const reported = new Set<string>();
  const shown = (path: string) => relative(cwd, path) || path;
  const once = (path: string, report: FileReport): FileReport[] => {
    if (reported.has(path) || report.diagnostics.length === 0) return [];
    reported.add(path);
    return [report];
  };
  return async (file) => {
    const found = await findConfig(dirname(file));
    const { config } = found;
    const problems = found.path
      ? once(found.path, { file: shown(found.path), diagnostics: found.diagnostics })
      : [];
    const registryPath =
      overrides.registry !== undefined
        ? resolve(cwd, overrides.registry)
        : config.registry !== undefined && found.path
          ? resolve(dirname(found.path), config.registry)
          : undefined;
    let registry = registryPath === undefined ? starterRegistry : undefined;
    if (overrides.noRegistry) registry = undefined;
    else if (registryPath !== undefined) {
      const loaded = await loadRegistry(registryPath, shown(registryPath));
      registry = loaded.registry;
      problems.push(
        ...once(registryPath, { file: shown(registryPath), diagnostics: loaded.diagnostics }),
      );
    }
    const fileLang = overrides.lang ?? config.language ?? "vi";
    const preset = overrides.preset ?? config.preset;
    const validate: ValidateConfig = {
      lang: fileLang,
      ...(preset === undefined ? {} : { preset }),
      ...(config.rules === undefined ? {} : { rules: config.rules }),
      ...(registry === undefined ? {} : { registry }),
      ...(config.hoursPerDay === undefined ? {} : { hoursPerDay: config.hoursPerDay }),
    };
    return { lang: fileLang, config, validate, problems };
  };
}
