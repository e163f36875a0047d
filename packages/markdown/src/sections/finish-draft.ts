import {
  type DocumentControl,
  END,
  type LegalDocument,
  type Place,
  type Procedure,
  parseLegalCitation,
  type TextItem,
  type Tthc,
} from "@quytrinh/core";
import { appendAll } from "../append-all.js";
import type { ReadContext } from "../source/read-context.js";
import { nearestLabel } from "../vocabulary/nearest-label.js";
import { isRecognisedCitation } from "./handlers/legal-basis.js";
import type { ProcedureDraft, TthcDraft } from "./procedure-draft.js";

/**
 * Turns a read draft into the procedure: moves legal documents listed under references into the
 * legal basis when the document has no legal-basis section, checks step ids and branch targets,
 * and reports a missing steps table at `fallback` when no section says where it should be.
 */
export function finishDraft(
  draft: ProcedureDraft,
  control: DocumentControl,
  fallback: Place,
  context: ReadContext,
): Procedure {
  if (!draft.sectionPlaces.legalBasis) moveCitations(draft);
  checkSteps(draft, context);
  if (!draft.stepsTableFound) {
    const place = draft.sectionPlaces.steps ?? draft.sectionPlaces.content ?? fallback;
    context.reporter.report("steps-table-missing", {}, place);
  }
  const procedure: Procedure = {
    control,
    purpose: draft.purpose,
    scope: draft.scope,
    references: draft.references,
    legalBasis: draft.legalBasis,
    definitions: draft.definitions,
    responsibilities: draft.responsibilities,
    ...(draft.tthc ? { tthc: finishTthc(draft.tthc) } : {}),
    steps: draft.steps,
    ...(draft.stepColumns.length > 0 ? { stepColumns: draft.stepColumns } : {}),
    forms: draft.forms,
    records: draft.records,
    extraSections: draft.extraSections,
    sectionPlaces: draft.sectionPlaces,
  };
  return procedure;
}

function moveCitations(draft: ProcedureDraft): void {
  const kept: TextItem[] = [];
  const moved: LegalDocument[] = [];
  for (const item of draft.references) {
    const document = parseLegalCitation(item.text);
    if (isRecognisedCitation(document))
      moved.push(item.place ? { ...document, place: item.place } : document);
    else kept.push(item);
  }
  draft.references = kept;
  appendAll(draft.legalBasis, moved);
}

const SUGGEST_UP_TO = 500;

function checkSteps(draft: ProcedureDraft, context: ReadContext): void {
  const ids = new Set<string>();
  for (const step of draft.steps) {
    if (ids.has(step.id) && step.place) {
      context.reporter.report("step-id-duplicate", { id: step.id }, step.place, {
        actual: step.id,
      });
    }
    ids.add(step.id);
  }
  // Suggest the nearest id only for procedures of a readable size: the search is per branch.
  const folded =
    ids.size <= SUGGEST_UP_TO ? new Map([...ids].map((id) => [id.toLowerCase(), id])) : undefined;
  for (const step of draft.steps) {
    for (const branch of step.branches) {
      if (branch.target === END || ids.has(branch.target) || draft.unparsedBranches.has(branch)) {
        continue;
      }
      const near = folded && nearestLabel(branch.target.toLowerCase(), folded.keys());
      const expected = near === undefined ? undefined : folded?.get(near);
      const place = branch.place ?? step.place;
      if (place) {
        context.reporter.report(
          "branch-target-unknown",
          { id: step.id, target: branch.target },
          place,
          { expected, actual: branch.target },
        );
      }
    }
  }
}

function finishTthc(draft: TthcDraft): Tthc {
  const tthc: Tthc = { conditions: draft.conditions, dossier: draft.dossier };
  if (draft.dossierNotes.length > 0) tthc.dossierNotes = draft.dossierNotes;
  if (draft.sets !== undefined) tthc.sets = draft.sets;
  if (draft.processingTime) tthc.processingTime = draft.processingTime;
  if (draft.receiptPlace !== undefined) tthc.receiptPlace = draft.receiptPlace;
  if (draft.fee !== undefined) tthc.fee = draft.fee;
  if (draft.place) tthc.place = draft.place;
  return tthc;
}
