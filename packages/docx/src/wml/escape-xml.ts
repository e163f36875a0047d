const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

/** What docx escapes in attribute values and text alike; other C0 controls are dropped. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: docx drops exactly these controls
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** The same characters, without the global flag, whose `test` keeps no state between calls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: docx drops exactly these controls
const HAS_SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;

/**
 * A value as XML text or attribute content, escaped exactly as docx escapes it: `& " ' < >` as
 * entities, the C0 controls XML forbids dropped.
 */
export function escapeXml(value: string | number | boolean): string {
  const text = String(value);
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, (char) => ESCAPES[char] ?? "") : text;
}
