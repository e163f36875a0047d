import type { Procedure } from "@quytrinh/core";
import type { Paragraph, Table } from "docx";
import type { Labels } from "../labels.js";
import type { ResolvedOptions } from "../options.js";

/** A block of the document body. */
export type BodyBlock = Paragraph | Table;

/** What a section handler reads. */
export interface BodyContext {
  procedure: Procedure;
  labels: Labels;
  options: ResolvedOptions;
}

/** Renders the content of one known section (without its heading); empty when it has none. */
export type SectionHandler = (context: BodyContext) => BodyBlock[];
