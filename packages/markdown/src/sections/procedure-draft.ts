import type {
  Block,
  Definition,
  DossierItem,
  Duration,
  ExtraSection,
  Form,
  LegalDocument,
  Place,
  ProcedureRecord,
  Responsibility,
  SectionKey,
  Step,
  TextItem,
} from "@quytrinh/core";

/** The TTHC fields as they are read, before they become `Tthc`. */
export interface TthcDraft {
  conditions: Block[];
  dossier: DossierItem[];
  dossierNotes: Block[];
  sets?: string;
  processingTime?: Duration;
  receiptPlace?: string;
  fee?: string;
  place?: Place;
}

/** A procedure being read, section by section. */
export interface ProcedureDraft {
  purpose: Block[];
  scope: Block[];
  references: TextItem[];
  legalBasis: LegalDocument[];
  definitions: Definition[];
  responsibilities: Responsibility[];
  /** Set once a TTHC subsection or label line is found. */
  tthc: TthcDraft | undefined;
  steps: Step[];
  stepColumns: string[];
  /** Whether a steps table (even an empty one) was found. */
  stepsTableFound: boolean;
  forms: Form[];
  records: ProcedureRecord[];
  extraSections: ExtraSection[];
  sectionPlaces: Partial<Record<SectionKey, Place>>;
}

/** An empty draft. */
export function createDraft(): ProcedureDraft {
  return {
    purpose: [],
    scope: [],
    references: [],
    legalBasis: [],
    definitions: [],
    responsibilities: [],
    tthc: undefined,
    steps: [],
    stepColumns: [],
    stepsTableFound: false,
    forms: [],
    records: [],
    extraSections: [],
    sectionPlaces: {},
  };
}

/** The draft's TTHC fields, created on first use at `place`. */
export function tthcOf(draft: ProcedureDraft, place: Place | undefined): TthcDraft {
  if (!draft.tthc) {
    draft.tthc = { conditions: [], dossier: [], dossierNotes: [] };
    if (place) draft.tthc.place = place;
  }
  return draft.tthc;
}
