import type { Procedure } from "@quytrinh/core";
import type { Labels } from "../labels.js";
import type { ResolvedOptions } from "../options.js";
import type { WordBlock } from "../wml/word-block.js";

/** A block of the document body. */
export type BodyBlock = WordBlock;

/** What a section handler reads. */
export interface BodyContext {
  procedure: Procedure;
  labels: Labels;
  options: ResolvedOptions;
}

/** Renders the content of one known section (without its heading); empty when it has none. */
export type SectionHandler = (context: BodyContext) => BodyBlock[];
