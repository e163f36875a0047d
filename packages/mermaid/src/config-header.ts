import type { ResolvedOptions } from "./options.js";

/** The font stack every diagram uses: Times New Roman, else its metric twin Liberation Serif. */
export const FONT_FAMILY = '"Times New Roman", "Liberation Serif", serif';

/**
 * The front matter that pins theme, look, layout and font, so output does not drift between runs
 * or Mermaid versions. It is the only configuration in the text: labels cannot add another.
 */
export function configHeader({
  lanes,
  labels,
}: Pick<ResolvedOptions, "lanes" | "labels">): string[] {
  return [
    "---",
    "config:",
    "  theme: neutral",
    "  look: classic",
    `  layout: ${lanes === "swimlane" ? "swimlane" : "dagre"}`,
    `  fontFamily: '${FONT_FAMILY}'`,
    ...(labels === "text" ? ["  htmlLabels: false"] : []),
    "---",
  ];
}
