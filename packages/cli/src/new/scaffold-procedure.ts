import {
  END,
  type Language,
  type Procedure,
  ProcedureSchema,
  parseDuration,
  parseLegalCitation,
  type Signatory,
} from "@quytrinh/core";
import type { QuytrinhConfig } from "../config/quytrinh-config.js";
import { placeholder } from "./placeholder.js";
import { SCAFFOLD_TEXTS } from "./scaffold-texts.js";

/** What a new procedure is made from. */
export interface ScaffoldOptions {
  title: string;
  /** The procedure code; a placeholder when absent. */
  code?: string | undefined;
  lang: Language;
  /** Today, `YYYY-MM-DD`: the draft's effective, preparation and first-revision date. */
  today: string;
  /** The agency config: issuing and parent body, default signatories. */
  config: QuytrinhConfig;
}

type Role = "preparedBy" | "reviewedBy" | "approvedBy";

/**
 * A new procedure in the canonical shape: document control filled from the config (placeholders
 * where it has nothing), every section, the TTHC details, and a starter steps table (submission,
 * reception, a review decision looping back through a request for missing documents, signature,
 * return of the result) whose actors are the ones of the responsibilities section.
 */
export function scaffoldProcedure(options: ScaffoldOptions): Procedure {
  const { lang, today, config } = options;
  const texts = SCAFFOLD_TEXTS[lang];
  const blank = (hint: string) => placeholder(hint, lang);
  const title = options.title.normalize("NFC").trim();
  const issuingBody = config.issuingBody ?? blank(texts.blank.issuingBody);
  const signatory = (role: Role): Signatory => {
    const given = config.approvers?.[role];
    const who = texts.roles[role];
    return {
      name: given?.name ?? blank(texts.blank.name(who)),
      position: given?.position ?? blank(texts.blank.position(who)),
    };
  };
  const { applicant, desk, officer } = texts.actors;
  const head = config.approvers?.approvedBy?.position ?? texts.actors.head;
  const s = texts.steps;
  const marked = (sample: string, hint: string) => `${sample} ${blank(hint)}`;
  return ProcedureSchema.parse({
    control: {
      code: options.code ?? blank(texts.blank.code),
      title,
      tthcCode: blank(texts.blank.tthcCode),
      parentBody: config.parentBody ?? blank(texts.blank.parentBody),
      issuingBody,
      issue: "01",
      effectiveDate: today,
      preparedBy: { ...signatory("preparedBy"), date: today },
      reviewedBy: signatory("reviewedBy"),
      approvedBy: signatory("approvedBy"),
      revisions: [{ date: today, ...texts.firstIssue, issue: "01" }],
      language: lang,
    },
    purpose: [{ type: "paragraph", text: texts.purpose(title, issuingBody) }],
    scope: [{ type: "list", ordered: false, items: texts.scope(title).map((text) => ({ text })) }],
    references: [...texts.references, blank(texts.blank.specificLaw)].map((text) => ({ text })),
    definitions: texts.definitions.map(([term, meaning]) => ({ term, meaning })),
    legalBasis: texts.legalBasis.map((text) => parseLegalCitation(text)),
    responsibilities: [
      { actor: applicant, duty: texts.duties.applicant },
      { actor: desk, duty: texts.duties.desk },
      { actor: officer, duty: texts.duties.officer },
      { actor: head, duty: texts.duties.head },
    ],
    tthc: {
      conditions: [{ type: "paragraph", text: blank(texts.blank.conditions) }],
      dossier: [{ name: blank(texts.blank.dossierItem), originals: 1, copies: 0 }],
      sets: texts.sets,
      processingTime: parseDuration(marked(s.processingTime, texts.blank.processingTime)),
      receiptPlace: blank(texts.blank.receiptPlace),
      fee: blank(texts.blank.fee),
    },
    steps: [
      { id: "B1", kind: "start", action: s.submit, actors: [applicant] },
      {
        id: "B2",
        kind: "process",
        action: s.receive,
        actors: [desk],
        duration: parseDuration(s.deskTime),
        outputs: ["BM01", "BM06"],
        notes: s.receiveNotes,
      },
      {
        id: "B3",
        kind: "decision",
        action: s.review,
        actors: [officer],
        duration: parseDuration(marked(s.reviewTime, texts.blank.reviewTime)),
        notes: blank(texts.blank.reviewNotes),
        branches: [
          { label: s.complete, target: "B5" },
          { label: s.incomplete, target: "B4" },
        ],
      },
      {
        id: "B4",
        kind: "process",
        action: s.supplement,
        actors: [desk],
        duration: parseDuration(s.shortTime),
        outputs: ["BM02"],
        branches: [{ target: "B1" }],
      },
      {
        id: "B5",
        kind: "process",
        action: s.approve,
        actors: [head],
        duration: parseDuration(marked(s.approvalTime, texts.blank.approvalTime)),
        outputs: [blank(texts.blank.result)],
      },
      {
        id: "B6",
        kind: "end",
        action: s.hand,
        actors: [desk],
        duration: parseDuration(s.deskTime),
        branches: [{ target: END }],
      },
    ],
    forms: texts.forms.map(([code, name, source]) => ({ code, name, source })),
    records: [
      { name: texts.records.dossier, keeper: officer, retention: blank(texts.blank.retention) },
      { name: texts.records.deskRecords, keeper: desk, retention: texts.records.deskRetention },
    ],
  });
}
