/**
 * Page-side code that remembers DOMPurify's answers. Mermaid 11.17 runs every label through
 * `DOMPurify.sanitize` several times per diagram (twice per `sanitizeText` call, and
 * `sanitizeText` is called for the same label by the parser, the shape and the text layout);
 * each call parses the label into a DOM, walks it and tests each attribute with regular
 * expressions: about a sixth of the page's CPU time.
 *
 * For a string and a configuration that is plain data, the result is a function of the two and
 * of the hooks installed, so `memoSanitize` keeps it; `clearSanitizeMemo` forgets everything when
 * a hook is added (Mermaid adds its two hooks once, on first use; nothing else in the bundle
 * changes DOMPurify's state). Inputs of a DOM node, a configuration with functions or regular
 * expressions, results that are not strings and long strings (the whole SVG, sanitized once at the
 * end) go straight through. DOMPurify's `removed` list is not refreshed by a remembered answer:
 * Mermaid never reads it.
 */
export const SANITIZE_MEMO_SCRIPT = `const sanitizeMemo = new Map();
const SANITIZE_MEMO_SIZE = 20000;
const SANITIZE_MEMO_LONGEST = 4000;
function isPlainData(value) {
  if (value === null || typeof value !== "object") return typeof value !== "function" && typeof value !== "symbol";
  const prototype = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every(isPlainData);
}
function memoSanitize(purify, dirty, config) {
  if (typeof dirty !== "string" || dirty.length > SANITIZE_MEMO_LONGEST || (config !== undefined && !isPlainData(config))) {
    return purify.__quytrinhSanitize(dirty, config);
  }
  const key = JSON.stringify(config ?? null) + "\\u0000" + dirty;
  const known = sanitizeMemo.get(key);
  if (known !== undefined) return known;
  const clean = purify.__quytrinhSanitize(dirty, config);
  if (typeof clean === "string") {
    if (sanitizeMemo.size >= SANITIZE_MEMO_SIZE) sanitizeMemo.clear();
    sanitizeMemo.set(key, clean);
  }
  return clean;
}
function clearSanitizeMemo() {
  sanitizeMemo.clear();
}`;

/** DOMPurify's `sanitize` in Mermaid 11.17's minified bundle (the only definition). */
export const SANITIZE_DEFINITION = "return t.sanitize=function(Bt){";

/** The same, made to go through `memoSanitize`, the original kept as `__quytrinhSanitize`. */
export const SANITIZE_MEMOIZED =
  "return t.sanitize=function(Bt,$e){return memoSanitize(t,Bt,$e)},t.__quytrinhSanitize=function(Bt){";

/** DOMPurify's `addHook` in Mermaid 11.17's minified bundle (the only definition). */
export const ADD_HOOK_DEFINITION = "t.addHook=function(Bt,$e){";

/** The same, forgetting the remembered answers first. */
export const ADD_HOOK_CLEARING = "t.addHook=function(Bt,$e){clearSanitizeMemo();";
