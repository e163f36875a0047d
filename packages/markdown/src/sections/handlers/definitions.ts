import { toBlocks } from "../../source/rich-text.js";
import { labelledEntries } from "../labelled-entries.js";
import type { SectionHandler } from "./section-handler.js";

/** Definitions (định nghĩa / viết tắt): "TERM: meaning" items or a two-column table. */
export const readDefinitions: SectionHandler = (nodes, draft, context) => {
  const { entries, leftover } = labelledEntries(nodes, context);
  for (const entry of entries) {
    draft.definitions.push({ term: entry.label, meaning: entry.value, place: entry.place });
  }
  return toBlocks(leftover, context);
};
