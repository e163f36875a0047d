/**
 * An element in the object form docx writes XML from: `{ name: [{ _attr }, ...children] }`, or
 * `{ name: { _attr } }` for an empty one.
 * docx escapes every attribute value and text when it writes them.
 */
export type XmlElement = {
  [name: string]: (XmlElement | string | { _attr: XmlAttributes })[] | { _attr?: XmlAttributes };
};

/** Attribute values of an element; `undefined` ones are left out. */
export type XmlAttributes = Record<string, string | number | boolean | undefined>;

/** Builds one element with its attributes and children, for the DrawingML docx has no class for. */
export function element(
  name: string,
  attributes: XmlAttributes = {},
  ...children: (XmlElement | string)[]
): XmlElement {
  // A plain loop: this runs for every shape part of every flowchart page, so it avoids the
  // arrays `Object.entries` and `Object.keys` would allocate.
  const defined: Record<string, string | number | boolean> = {};
  let hasAttributes = false;
  for (const key in attributes) {
    const value = attributes[key];
    if (value === undefined) continue;
    defined[key] = value;
    hasAttributes = true;
  }
  // Without children docx writes the object form as an empty element: `<a:off x="0" y="0"/>`.
  if (children.length === 0) return { [name]: hasAttributes ? { _attr: defined } : {} };
  return { [name]: hasAttributes ? [{ _attr: defined }, ...children] : children };
}
