import {
  type DocumentControl,
  type LegalDocument,
  type Place,
  type Procedure,
  parseLegalCitation,
  type TextItem,
  type Tthc,
} from "@quytrinh/core";
import { appendAll } from "../append-all.js";
import type { ReadContext } from "../source/read-context.js";
import { isRecognisedCitation } from "./handlers/legal-basis.js";
import type { ProcedureDraft, TthcDraft } from "./procedure-draft.js";

/**
 * Turns a read draft into the procedure: moves legal documents listed under references into the
 * legal basis when the document has no legal-basis section, and reports a missing steps table at
 * `fallback` when no section says where it should be. Step ids and branch targets are the model's
 * concern: the rules `step-id-unique` and `branch-target-exists` in `@quytrinh/core` check them.
 */
export function finishDraft(
  draft: ProcedureDraft,
  control: DocumentControl,
  fallback: Place,
  context: ReadContext,
): Procedure {
  if (!draft.sectionPlaces.legalBasis) moveCitations(draft);
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
