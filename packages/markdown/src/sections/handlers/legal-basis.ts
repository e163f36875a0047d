import { type LegalDocument, type Place, parseLegalCitation } from "@quytrinh/core";
import type { ReadContext } from "../../source/read-context.js";
import { toBlocks } from "../../source/rich-text.js";
import { textEntries } from "../text-entries.js";
import type { SectionHandler } from "./section-handler.js";

/** Whether a parsed citation found at least a document type or a number. */
export function isRecognisedCitation(document: LegalDocument): boolean {
  return document.type !== undefined || document.number !== undefined;
}

/** One legal-basis line as an entry; a line that cannot be split is kept as text, with a warning. */
export function readCitation(text: string, place: Place, context: ReadContext): LegalDocument {
  const document = parseLegalCitation(text);
  if (!isRecognisedCitation(document)) {
    context.reporter.report("legal-citation-unparsed", { text }, place, { actual: text });
  }
  return { ...document, place };
}

/** Legal basis (cơ sở pháp lý): one document per list item or paragraph line. */
export const readLegalBasis: SectionHandler = (nodes, draft, context) => {
  const { entries, leftover } = textEntries(nodes, context);
  for (const entry of entries)
    draft.legalBasis.push(readCitation(entry.text, entry.place, context));
  return toBlocks(leftover, context);
};
