/** Every format `quytrinh render` writes, named by its file extension. */
export const OUTPUT_FORMATS = ["mmd", "svg", "png", "drawio"] as const;

/** One output format of `quytrinh render`. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Formats that need a browser (Mermaid draws them in headless Chromium). */
export const BROWSER_FORMATS: readonly OutputFormat[] = ["svg", "png"];

/**
 * Reads `--format mmd,svg`: the formats in the order given, each once; `undefined` when one is not
 * a known format (the caller turns that into a usage error naming it).
 */
export function parseFormats(value: string): { formats: OutputFormat[] } | { unknown: string } {
  const formats: OutputFormat[] = [];
  for (const part of value.split(",")) {
    const name = part.trim().toLowerCase();
    if (name === "") continue;
    const format = OUTPUT_FORMATS.find((known) => known === name);
    if (format === undefined) return { unknown: part.trim() };
    if (!formats.includes(format)) formats.push(format);
  }
  return formats.length === 0 ? { unknown: value } : { formats };
}
