import { stripIllegalXml } from "./xml-attribute.js";

/** Entity references for the characters that would start markup or an entity in HTML text. */
const HTML_REFERENCES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * The plain text a label shows, as draw.io stores it for an `html=1` cell: NFC, the characters XML
 * cannot carry dropped, markup characters escaped (so `<b>` shows literally) and each line break as
 * `<br>`. The result still needs `escapeXmlAttribute` to go into the file.
 */
export function htmlLabel(text: string): string {
  return labelText(text)
    .replace(/[&<>"']/g, (char) => HTML_REFERENCES[char] ?? char)
    .replace(/\n/g, "<br>");
}

/**
 * The text a label ends up showing for `text`: NFC, without the characters XML cannot carry, line
 * breaks (`\r\n`, `\r`) as `\n`.
 */
export function labelText(text: string): string {
  return stripIllegalXml(text).normalize("NFC").replace(/\r\n?/g, "\n");
}
