/** Every format `quytrinh render` writes, named by its file extension. */
export const OUTPUT_FORMATS = ["mmd", "svg", "png", "drawio"] as const;

/** One output format of `quytrinh render`. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Formats that need a browser (Mermaid draws them in headless Chromium). */
export const BROWSER_FORMATS: readonly string[] = ["svg", "png"];

/**
 * Reads a `--format mmd,svg` list against the `known` formats: the formats in the order given,
 * each once, or the first part that is not known (the caller turns that into a usage error).
 */
export function parseFormatList<Format extends string>(
  value: string,
  known: readonly Format[],
): { formats: Format[] } | { unknown: string } {
  const formats: Format[] = [];
  for (const part of value.split(",")) {
    const name = part.trim().toLowerCase();
    if (name === "") continue;
    const format = known.find((candidate) => candidate === name);
    if (format === undefined) return { unknown: part.trim() };
    if (!formats.includes(format)) formats.push(format);
  }
  return formats.length === 0 ? { unknown: value } : { formats };
}

/** Reads `quytrinh render`'s `--format` list. */
export function parseFormats(value: string): { formats: OutputFormat[] } | { unknown: string } {
  return parseFormatList(value, OUTPUT_FORMATS);
}
