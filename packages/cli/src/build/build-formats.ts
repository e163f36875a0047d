import { parseFormatList } from "../render/output-formats.js";

/** Every format `quytrinh build` writes, named by its file extension. */
export const BUILD_FORMATS = ["docx", "mmd", "svg", "png", "json", "md"] as const;

/** One output format of `quytrinh build`. */
export type BuildFormat = (typeof BUILD_FORMATS)[number];

/** Formats drawn by the browser, in the main thread; the others are made in a worker thread. */
export const IMAGE_FORMATS: readonly BuildFormat[] = ["svg", "png"];

/** Reads `quytrinh build`'s `--format` list. */
export function parseBuildFormats(value: string): { formats: BuildFormat[] } | { unknown: string } {
  return parseFormatList(value, BUILD_FORMATS);
}
