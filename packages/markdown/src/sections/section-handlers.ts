import type { SectionKey } from "@quytrinh/core";
import { contentHandler } from "./handlers/content.js";
import { readDefinitions } from "./handlers/definitions.js";
import { readDossier } from "./handlers/dossier.js";
import { readForms } from "./handlers/forms.js";
import { readLegalBasis } from "./handlers/legal-basis.js";
import { readRecords } from "./handlers/records.js";
import { readReferences } from "./handlers/references.js";
import { readResponsibilities } from "./handlers/responsibilities.js";
import { readConditions, readPurpose, readScope } from "./handlers/rich-text-section.js";
import type { SectionHandler } from "./handlers/section-handler.js";
import { readFlowchart, readSteps } from "./handlers/steps.js";
import { readFee, readProcessingTime, readReceiptPlace, readSets } from "./handlers/tthc-text.js";

const SUBSECTION_HANDLERS: Omit<Record<SectionKey, SectionHandler>, "content"> = {
  purpose: readPurpose,
  scope: readScope,
  references: readReferences,
  definitions: readDefinitions,
  responsibilities: readResponsibilities,
  legalBasis: readLegalBasis,
  conditions: readConditions,
  dossier: readDossier,
  sets: readSets,
  processingTime: readProcessingTime,
  receiptPlace: readReceiptPlace,
  fee: readFee,
  flowchart: readFlowchart,
  steps: readSteps,
  forms: readForms,
  records: readRecords,
};

/** The reader of each known section (the `mdast-util-to-hast` handler-map pattern). */
export const SECTION_HANDLERS: Readonly<Record<SectionKey, SectionHandler>> = {
  ...SUBSECTION_HANDLERS,
  content: contentHandler({ ...SUBSECTION_HANDLERS, content: () => [] }),
};
