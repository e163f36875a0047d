import { toBlocks } from "../../source/rich-text.js";
import { labelledEntries } from "../labelled-entries.js";
import type { SectionHandler } from "./section-handler.js";

/** Responsibilities (trách nhiệm): "Actor: duty" items or a two-column table. */
export const readResponsibilities: SectionHandler = (nodes, draft, context) => {
  const { entries, leftover } = labelledEntries(nodes, context);
  for (const entry of entries) {
    draft.responsibilities.push({ actor: entry.label, duty: entry.value, place: entry.place });
  }
  return toBlocks(leftover, context);
};
