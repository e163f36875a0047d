import { escapeXml as escaped } from "../wml/escape-xml.js";
import type { XmlAttributes, XmlElement } from "./xml-element.js";

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
