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

/**
 * Builds one element with its attributes and children, for the DrawingML docx has no class for.
 * The element keeps `attributes` itself when none is `undefined` (a copy without them otherwise),
 * so pass a fresh object and do not change it afterwards.
 */
export function element(
  name: string,
  attributes: XmlAttributes = {},
  ...children: (XmlElement | string)[]
): XmlElement {
  // Plain loops and a keyed store: this runs for every part of every shape of every flowchart
  // page, and a computed key in a literal, `Object.entries` or spreading would cost more.
  let hasAttributes = false;
  let complete = true;
  for (const key in attributes) {
    if (attributes[key] === undefined) complete = false;
    else hasAttributes = true;
  }
  const kept = complete ? attributes : definedOnly(attributes);
  const xml: XmlElement = {};
  // Without children docx writes the object form as an empty element: `<a:off x="0" y="0"/>`.
  if (children.length === 0) {
    xml[name] = hasAttributes ? { _attr: kept } : {};
  } else {
    const content: (XmlElement | string | { _attr: XmlAttributes })[] = children;
    if (hasAttributes) content.unshift({ _attr: kept });
    xml[name] = content;
  }
  return xml;
}

/** The attributes whose value is not `undefined`. */
function definedOnly(attributes: XmlAttributes): XmlAttributes {
  const defined: XmlAttributes = {};
  for (const key in attributes) {
    const value = attributes[key];
    if (value !== undefined) defined[key] = value;
  }
  return defined;
}
