import type { Language, Procedure } from "@quytrinh/core";

/** A flowchart picture made by a renderer (such as `@quytrinh/mermaid`), with its size in pixels. */
export interface FlowchartImage {
  /** The PNG, shown by every reader and used as the fallback of the SVG. */
  png: Uint8Array;
  /** The SVG, shown by readers that draw SVG (Word); LibreOffice shows the PNG. */
  svg?: string;
  width: number;
  height: number;
}

/** How the flowchart is put in the document. */
export type FlowchartMode = "native" | "image" | "none";

/** Options of `toDocx`. */
export interface DocxOptions {
  /** Language of the fixed labels. Default: the procedure's `control.language`, which defaults to `"vi"`. */
  lang?: Language;
  /** `"native"` (default): an editable Word flowchart; `"image"`: `image`; `"none"`: no flowchart. */
  flowchart?: FlowchartMode;
  /** The picture for `flowchart: "image"`. */
  image?: FlowchartImage;
  /** Working hours in a day, for adding up step times. Default: 8. */
  hoursPerDay?: number;
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  lang: Language;
  flowchart: FlowchartMode;
  image: FlowchartImage | undefined;
  hoursPerDay: number;
}

/** Fills in the defaults; throws a `TypeError` when the options contradict each other. */
export function resolveOptions(procedure: Procedure, options: DocxOptions = {}): ResolvedOptions {
  const flowchart = options.flowchart ?? "native";
  if (flowchart === "image" && options.image === undefined) {
    throw new TypeError('toDocx: `flowchart: "image"` needs `image: { png, width, height }`');
  }
  const hoursPerDay = options.hoursPerDay ?? 8;
  if (!(hoursPerDay > 0 && hoursPerDay <= 24)) {
    throw new TypeError(`toDocx: \`hoursPerDay\` must be between 0 and 24, not ${hoursPerDay}`);
  }
  return {
    lang: options.lang ?? procedure.control.language ?? "vi",
    flowchart,
    image: options.image,
    hoursPerDay,
  };
}
