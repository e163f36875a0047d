import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { CONFIG_COPY_SCRIPT } from "./config-copy.js";
import {
  ADD_HOOK_CLEARING,
  ADD_HOOK_DEFINITION,
  SANITIZE_DEFINITION,
  SANITIZE_MEMO_SCRIPT,
  SANITIZE_MEMOIZED,
} from "./sanitize-memo.js";

/** `getConfig` in Mermaid 11.17's minified bundle: `X=s(()=>assign({},currentConfig),"getConfig")`. */
const GET_CONFIG = /([\w$]+)=([\w$]+)\(\(\)=>[\w$]+\(\{\},([\w$]+)\),"getConfig"\)/g;

/**
 * The start of `Diagram.fromText`, whose `getConfig()` copy is handed to the diagram's `init`,
 * which writes into it (the flowchart's sets `flowchart.arrowMarkerAbsolute`).
 */
const fromTextStart = (getConfig: string) =>
  new RegExp(
    String.raw`(static async fromText\([\w$]+,[\w$]+=\{\}\)\{let [\w$]+=)${getConfig.replaceAll("$", "\\$")}\(\),`,
    "g",
  );

/** Mermaid's browser bundle, and whether the speed-ups could be applied to it. */
export interface MermaidSource {
  script: string;
  patched: boolean;
}

/** How often `pattern` occurs in `text`. */
function occurrences(text: string, pattern: string | RegExp): number {
  return typeof pattern === "string"
    ? text.split(pattern).length - 1
    : (text.match(pattern)?.length ?? 0);
}

/**
 * Speeds up Mermaid's minified bundle without changing a pixel: `getConfig` hands out one cached
 * frozen copy of the configuration and `Diagram.fromText` gets its own fresh copy (see
 * `config-copy.ts`), and DOMPurify remembers its answers (see `sanitize-memo.ts`). A bundle where
 * any of the four places is not found exactly once (another Mermaid version) is left as it is:
 * slower, same pictures.
 */
export function patchMermaidSource(bundle: string): MermaidSource {
  const unchanged = { script: bundle, patched: false };
  const [definition, ...more] = bundle.matchAll(GET_CONFIG);
  if (!definition || more.length > 0) return unchanged;
  const [, getConfig = "", wrap = "", config = ""] = definition;
  const fromText = fromTextStart(getConfig);
  const places = [fromText, SANITIZE_DEFINITION, ADD_HOOK_DEFINITION];
  if (places.some((place) => occurrences(bundle, place) !== 1)) return unchanged;
  const script = bundle
    .replace(GET_CONFIG, `${getConfig}=${wrap}(()=>cachedConfigCopy(${config}),"getConfig")`)
    .replace(fromText, (_, start: string) => `${start}fastConfigCopy(${config},2),`)
    .replace(SANITIZE_DEFINITION, () => SANITIZE_MEMOIZED)
    .replace(ADD_HOOK_DEFINITION, () => ADD_HOOK_CLEARING);
  // The bundle's own "use strict" prologue must stay first, or the whole bundle runs sloppy.
  return {
    script: `"use strict";\n${CONFIG_COPY_SCRIPT}\n${SANITIZE_MEMO_SCRIPT}\n${script}`,
    patched: true,
  };
}

let cached: Promise<MermaidSource> | undefined;

/** Mermaid's browser bundle from node_modules with the speed-ups, read once per process. */
export function loadMermaidSource(): Promise<MermaidSource> {
  cached ??= readFile(
    createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js"),
    "utf8",
  ).then(patchMermaidSource);
  return cached;
}
