import type { XmlAttributes, XmlElement } from "./xml-element.js";

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

function escaped(value: string | number | boolean): string {
  const text = String(value);
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, (char) => ESCAPES[char] ?? "") : text;
}

function attributesOf(attributes: XmlAttributes | undefined): string {
  let text = "";
  for (const key in attributes) {
    const value = attributes[key];
    if (value !== undefined) text += ` ${key}="${escaped(value)}"`;
  }
  return text;
}

/**
 * Writes an element built with `element` as XML text, byte for byte as docx's packer writes the
 * same object (same escaping, `<a/>` for an element without children), but in one pass.
 */
export function xmlString(xml: XmlElement): string {
  let text = "";
  for (const name in xml) {
    const value = xml[name];
    if (!Array.isArray(value)) {
      text += `<${name}${attributesOf(value?._attr)}/>`;
      continue;
    }
    let attributes = "";
    let content = "";
    for (const child of value) {
      if (typeof child === "string") content += escaped(child);
      else if ("_attr" in child) attributes += attributesOf(child._attr as XmlAttributes);
      else content += xmlString(child);
    }
    text += `<${name}${attributes}>${content}</${name}>`;
  }
  return text;
}
