import { SECTION_TITLES, type SectionKey } from "@quytrinh/core";
import type { ReadContext } from "../source/read-context.js";
import { toBlocks } from "../source/rich-text.js";
import { foldLabel } from "../vocabulary/fold-label.js";
import { splitHeadingNumber } from "../vocabulary/heading-number.js";
import { nearestLabel } from "../vocabulary/nearest-label.js";
import { foldedSectionLabels, sectionKeyOfFolded } from "../vocabulary/section-titles.js";
import { takeStepsTables } from "./handlers/steps.js";
import { createDraft, type ProcedureDraft } from "./procedure-draft.js";
import { SECTION_HANDLERS } from "./section-handlers.js";
import type { Outline, SectionChunk } from "./split-sections.js";

/**
 * Reads every section of the outline into a draft. Known sections go to their handler and what a
 * handler cannot use stays as an untitled extra section after it; unknown sections are kept whole
 * (after the known section they follow), except a steps table when none was found elsewhere.
 */
export function readSections(outline: Outline, context: ReadContext): ProcedureDraft {
  const draft = createDraft();
  let after: SectionKey | null = null;
  for (const chunk of outline.chunks) {
    if (chunk.key) {
      readKnown(chunk, chunk.key, draft, context);
      after = chunk.key;
      continue;
    }
    const nodes = draft.stepsTableFound
      ? chunk.nodes
      : takeStepsTables(chunk.nodes, draft, context, false);
    suggestHeading(chunk, outline.english, context);
    const blocks = toBlocks(nodes, context);
    if (chunk.title === "" && blocks.length === 0) continue;
    draft.extraSections.push({
      title: chunk.title,
      depth: chunk.depth,
      after,
      blocks,
      ...(chunk.place ? { place: chunk.place } : {}),
    });
  }
  return draft;
}

function readKnown(
  chunk: SectionChunk,
  key: SectionKey,
  draft: ProcedureDraft,
  context: ReadContext,
): void {
  if (draft.sectionPlaces[key] && chunk.place) {
    context.reporter.report("section-duplicate", { title: chunk.title }, chunk.place, {
      actual: chunk.title,
    });
  }
  if (chunk.place) draft.sectionPlaces[key] ??= chunk.place;
  const leftover = SECTION_HANDLERS[key](chunk.nodes, draft, context, { key, place: chunk.place });
  if (leftover.length > 0) {
    draft.extraSections.push({ title: "", depth: 1, after: key, blocks: leftover });
  }
}

/** A heading close to a known section's name is probably a misspelling: suggest the name. */
function suggestHeading(chunk: SectionChunk, english: boolean, context: ReadContext): void {
  if (!chunk.place || chunk.title === "") return;
  const near = nearestLabel(
    foldLabel(splitHeadingNumber(chunk.title).title),
    foldedSectionLabels(),
  );
  const key = near === undefined ? undefined : sectionKeyOfFolded(near);
  if (!key) return;
  const expected = SECTION_TITLES[english ? "en" : "vi"][key];
  context.reporter.report("section-unknown", { title: chunk.title, expected }, chunk.place, {
    expected,
    actual: chunk.title,
  });
}
