const ENTITIES: Readonly<Record<string, string>> = {
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": " ",
  "&amp;": "&",
};

/**
 * All text an SVG shows (in `<text>` or in HTML labels), entities decoded, with every kind of
 * space removed: Mermaid wraps lines and splits words into `<tspan>`s, so only the letters compare.
 */
export function svgLetters(svg: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:lt|gt|quot|#39|nbsp|amp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/[\s\u200b]+/g, "");
}

/** A label's letters, to look for in `svgLetters`. */
export function letters(label: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escapeLabel turns them into spaces
  return label.normalize("NFC").replace(/[\s\u200b\u0000-\u001f\u007f-\u009f]+/g, "");
}
