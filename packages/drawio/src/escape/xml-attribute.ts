/**
 * Characters XML 1.0 forbids: C0 controls other than tab, line feed and carriage return, lone
 * surrogates (half of a pair without the other half), and the non-characters U+FFFE and U+FFFF.
 */
const ILLEGAL_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Character references for what may not appear literally in a double-quoted attribute value.
 * Tab, line feed and carriage return are references too: a parser turns literal ones into spaces.
 */
const ATTRIBUTE_REFERENCES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Removes the characters XML 1.0 cannot carry at all, even as character references. */
export function stripIllegalXml(text: string): string {
  return text.replace(ILLEGAL_XML, "");
}

/**
 * Escapes text for a double- or single-quoted XML attribute value, so that a parser reads back
 * exactly the text given (less the characters XML cannot carry, which are dropped).
 */
export function escapeXmlAttribute(text: string): string {
  return stripIllegalXml(text).replace(
    /[&<>"'\t\n\r]/g,
    (char) => ATTRIBUTE_REFERENCES[char] ?? char,
  );
}
