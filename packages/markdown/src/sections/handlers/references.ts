import { toBlocks } from "../../source/rich-text.js";
import { textEntries } from "../text-entries.js";
import type { SectionHandler } from "./section-handler.js";

/** References (tài liệu viện dẫn): one item per list item or paragraph line. */
export const readReferences: SectionHandler = (nodes, draft, context) => {
  const { entries, leftover } = textEntries(nodes, context);
  for (const entry of entries) draft.references.push({ text: entry.text, place: entry.place });
  return toBlocks(leftover, context);
};
