/**
 * Characters XML 1.0 forbids: C0 controls other than tab, line feed and carriage return, and the
 * non-characters U+FFFE and U+FFFF.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters removed
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** A surrogate half that is not part of a pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes user text safe for a Word document: NFC-normalised, characters XML 1.0 forbids removed,
 * and lone surrogates replaced by U+FFFD so the text around them survives.
 */
export function xmlSafeText(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD").replace(FORBIDDEN, "").normalize("NFC");
}
