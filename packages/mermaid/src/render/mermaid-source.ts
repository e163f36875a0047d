import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

/**
 * Mermaid's `getConfig()` deep-copies its whole configuration (about 20 kB of options for every
 * diagram type) with `assignWithDepth`, which defines each property one by one; Mermaid calls it
 * hundreds of times per flowchart (632 times for 60 steps), and the copies took about 40% of the
 * page's CPU time. `fastConfigCopy` makes the same copy, two levels deep, with plain property
 * writes: same keys, same order, `null` left out, arrays de-duplicated.
 */
const FAST_CONFIG_COPY = `function fastConfigCopy(source, depth) {
  if (Array.isArray(source)) {
    const copy = [];
    for (const item of source) if (!copy.includes(item)) copy.push(item);
    return copy;
  }
  if (depth <= 0) return Object.assign({}, source);
  const copy = {};
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (typeof value !== "object") copy[key] = value;
    else if (value !== null) copy[key] = fastConfigCopy(value, depth - 1);
  }
  return copy;
}`;

/** `getConfig` in Mermaid 11.17's minified bundle: `X=s(()=>assign({},currentConfig),"getConfig")`. */
const GET_CONFIG = /([\w$]+)=([\w$]+)\(\(\)=>[\w$]+\(\{\},([\w$]+)\),"getConfig"\)/g;

/** Mermaid's browser bundle, and whether its `getConfig` could be replaced by the fast copy. */
export interface MermaidSource {
  script: string;
  patched: boolean;
}

/**
 * Replaces `getConfig`'s copy in Mermaid's minified bundle by `fastConfigCopy`. Another Mermaid
 * version whose bundle does not have exactly one such definition is left as it is (slower, same
 * pictures).
 */
export function patchMermaidSource(bundle: string): MermaidSource {
  const matches = bundle.match(GET_CONFIG) ?? [];
  if (matches.length !== 1) return { script: bundle, patched: false };
  const script = bundle.replace(
    GET_CONFIG,
    (_, name: string, wrap: string, config: string) =>
      `${name}=${wrap}(()=>fastConfigCopy(${config},2),"getConfig")`,
  );
  return { script: `${FAST_CONFIG_COPY}\n${script}`, patched: true };
}

let cached: Promise<MermaidSource> | undefined;

/** Mermaid's browser bundle from node_modules with the fast `getConfig`, read once per process. */
export function loadMermaidSource(): Promise<MermaidSource> {
  cached ??= readFile(
    createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js"),
    "utf8",
  ).then(patchMermaidSource);
  return cached;
}
