const INLINE = /[\\`*_[\]<|~]/gu;
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/gu;
const LINE_START = /^(?:[#>+=-]|\d{1,9}[.)](?=\s|$))/u;

/** Escapes text so that Markdown reads it back as the same plain text, inside a line. */
export function escapeInline(text: string): string {
  return text.replace(INLINE, "\\$&").replace(ENTITY, "&amp;");
}

/** Escapes one line of a paragraph, including what would start a heading, list or quote. */
export function escapeLine(line: string): string {
  const escaped = escapeInline(line);
  const start = LINE_START.exec(escaped);
  if (!start) return escaped;
  const marker = start[0];
  return /^\d/u.test(marker)
    ? `${marker.slice(0, -1)}\\${marker.slice(-1)}${escaped.slice(marker.length)}`
    : `\\${escaped}`;
}

/** Escapes a table cell: line breaks become `<br>`. */
export function escapeCell(text: string): string {
  return text
    .split("\n")
    .map((line) => escapeInline(line))
    .join("<br>");
}

/** Escapes a multi-line paragraph: each line on its own source line. */
export function escapeParagraph(text: string): string {
  return text
    .split("\n")
    .map((line) => escapeLine(line))
    .join("\n");
}
