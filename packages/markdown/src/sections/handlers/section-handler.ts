import type { Block, Place, SectionKey } from "@quytrinh/core";
import type { RootContent } from "mdast";
import type { ReadContext } from "../../source/read-context.js";
import type { ProcedureDraft } from "../procedure-draft.js";

/** Where a section's content was found: its heading (or label line) place. */
export interface SectionAt {
  key: SectionKey;
  place: Place | undefined;
}

/**
 * Reads the blocks of one known section into the draft and returns the blocks it could not use,
 * which the caller keeps as an untitled extra section.
 */
export type SectionHandler = (
  nodes: readonly RootContent[],
  draft: ProcedureDraft,
  context: ReadContext,
  at: SectionAt,
) => Block[];
