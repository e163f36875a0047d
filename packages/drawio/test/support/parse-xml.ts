/** One element of a parsed XML document. */
export interface XmlElement {
  name: string;
  attributes: Map<string, string>;
  children: XmlElement[];
}

const NAME = /[A-Za-z_:][\w.:-]*/y;
const SPACE = /[ \t\r\n]*/y;
/** Every character XML 1.0 allows (the `Char` production). */
const LEGAL = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const PREDEFINED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/**
 * A strict reader for the XML this package writes, so tests can check well-formedness without a
 * dependency: one root, matched tags, quoted and unique attributes, only legal characters, known
 * entities. Attribute values are whitespace-normalised, then decoded, as the XML spec says. Throws
 * with the offset on the first fault; text content must be whitespace.
 */
export function parseXml(text: string): XmlElement {
  if (!LEGAL.test(text)) throw new Error("document contains a character XML 1.0 forbids");
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${at}: ${JSON.stringify(text.slice(at, at + 30))}`);
  };
  const match = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = at;
    const found = pattern.exec(text)?.[0];
    if (found !== undefined) at += found.length;
    return found;
  };
  const expect = (literal: string) => {
    if (!text.startsWith(literal, at)) fail(`expected ${JSON.stringify(literal)}`);
    at += literal.length;
  };
  const name = () => match(NAME) || fail("expected a name");
  const attributeValue = (): string => {
    const quote = text[at];
    if (quote !== '"' && quote !== "'") return fail("expected a quoted attribute value");
    const end = text.indexOf(quote, at + 1);
    if (end < 0) return fail("unterminated attribute value");
    const raw = text.slice(at + 1, end);
    if (raw.includes("<")) fail("`<` in an attribute value");
    at = end + 1;
    return decode(raw.replace(/[\t\n\r]/g, " "), fail);
  };
  const element = (): XmlElement => {
    expect("<");
    const node: XmlElement = { name: name(), attributes: new Map(), children: [] };
    for (;;) {
      const gap = match(SPACE) ?? "";
      if (text.startsWith("/>", at)) {
        at += 2;
        return node;
      }
      if (text.startsWith(">", at)) {
        at += 1;
        break;
      }
      if (gap === "") fail("expected whitespace between attributes");
      const key = name();
      match(SPACE);
      expect("=");
      match(SPACE);
      if (node.attributes.has(key)) fail(`duplicate attribute ${key}`);
      node.attributes.set(key, attributeValue());
    }
    for (;;) {
      const content = text.slice(
        at,
        text.indexOf("<", at) < 0 ? text.length : text.indexOf("<", at),
      );
      if (content.trim() !== "") fail("unexpected text content");
      at += content.length;
      if (text.startsWith("</", at)) {
        at += 2;
        if (name() !== node.name) fail(`closing tag does not match <${node.name}>`);
        match(SPACE);
        expect(">");
        return node;
      }
      node.children.push(element());
    }
  };
  match(SPACE);
  if (text.startsWith("<?xml", at)) {
    const end = text.indexOf("?>", at);
    at = end < 0 ? fail("unterminated declaration") : end + 2;
    match(SPACE);
  }
  const root = element();
  match(SPACE);
  if (at !== text.length) fail("content after the root element");
  return root;
}

/** Replaces entity and character references; a bare `&` or an unknown entity is a fault. */
function decode(raw: string, fail: (why: string) => never): string {
  return raw.replace(/&([^;]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(";")) return fail("`&` that starts no reference");
    const named = PREDEFINED[body];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]+$/.test(body)
      ? Number.parseInt(body.slice(2), 16)
      : /^#[0-9]+$/.test(body)
        ? Number.parseInt(body.slice(1), 10)
        : fail(`unknown entity &${body};`);
    const char = code <= 0x10ffff ? String.fromCodePoint(code) : "";
    if (!LEGAL.test(char) || char === "") fail(`reference to a forbidden character &${body};`);
    return char;
  });
}
