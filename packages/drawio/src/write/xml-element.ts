import { escapeXmlAttribute } from "../escape/xml-attribute.js";

/** Attributes in the order they are written; `undefined` values are left out. */
export type Attributes = ReadonlyArray<readonly [name: string, value: string | number | undefined]>;

/**
 * One XML element as indented lines: self-closing when it has no children. Every attribute value
 * goes through `escapeXmlAttribute`, so no caller can break the markup.
 */
export function xmlElement(
  name: string,
  attributes: Attributes,
  children: readonly string[] = [],
): string[] {
  const written = attributes
    .filter((pair): pair is readonly [string, string | number] => pair[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(String(value))}"`)
    .join("");
  if (children.length === 0) return [`<${name}${written}/>`];
  return [`<${name}${written}>`, ...children.map((line) => `  ${line}`), `</${name}>`];
}
