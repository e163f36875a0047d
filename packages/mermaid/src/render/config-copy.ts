/**
 * Page-side code that replaces the body of Mermaid's `getConfig()`. Mermaid 11.17 deep-copies its
 * whole configuration (about 20 kB of options for every diagram type) with `assignWithDepth` on
 * every call, and calls it hundreds of times per flowchart (632 times for 60 steps): those copies
 * took about 40% of the page's CPU time.
 *
 * `fastConfigCopy` makes the same copy (two levels deep plus a shallow third, like
 * `assignWithDepth(…, {depth: 2})`: same keys, same order, `null` left out, arrays de-duplicated)
 * with plain property writes. `cachedConfigCopy` goes further: it makes one copy per configuration
 * object (Mermaid replaces `currentConfig` whenever the configuration changes, it never edits it)
 * and hands out that same copy, frozen on every level it copied. The whole bundle is strict code,
 * so a caller that writes into its copy (Mermaid's kanban renderer sets `htmlLabels`) throws a
 * `TypeError` instead of changing what later callers see; the page script then renders that
 * diagram again with `__quytrinhFreshConfig` set, which gives each caller its own copy as before.
 */
export const CONFIG_COPY_SCRIPT = `function fastConfigCopy(source, depth) {
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
}
function freezeConfigCopy(copy, depth) {
  if (depth > 0) for (const value of Object.values(copy)) if (typeof value === "object") freezeConfigCopy(value, depth - 1);
  return Object.freeze(copy);
}
let configCopyOf;
let configCopy;
function cachedConfigCopy(config) {
  if (globalThis.__quytrinhFreshConfig) return fastConfigCopy(config, 2);
  if (configCopyOf !== config) {
    configCopy = freezeConfigCopy(fastConfigCopy(config, 2), 2);
    configCopyOf = config;
  }
  return configCopy;
}`;

/** The `TypeError` messages (V8) of a write into a frozen object. */
export const FROZEN_WRITE =
  /read only property|object is not extensible|Cannot delete property|Cannot redefine property/;
