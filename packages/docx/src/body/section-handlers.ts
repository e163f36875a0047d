import type { SectionKey } from "@quytrinh/core";
import type { SectionHandler } from "./body-context.js";
import { conditions } from "./handlers/conditions.js";
import { definitions } from "./handlers/definitions.js";
import { dossier } from "./handlers/dossier.js";
import { flowchart } from "./handlers/flowchart.js";
import { forms } from "./handlers/forms.js";
import { legalBasis } from "./handlers/legal-basis.js";
import { purpose } from "./handlers/purpose.js";
import { records } from "./handlers/records.js";
import { references } from "./handlers/references.js";
import { responsibilities } from "./handlers/responsibilities.js";
import { scope } from "./handlers/scope.js";
import { steps } from "./handlers/steps.js";
import { fee, processingTime, receiptPlace, sets } from "./handlers/text-fields.js";

/** One handler per known section ("content" itself is only a heading over its subsections). */
export const SECTION_HANDLERS: Record<SectionKey, SectionHandler> = {
  purpose,
  scope,
  references,
  definitions,
  content: () => [],
  legalBasis,
  conditions,
  dossier,
  sets,
  processingTime,
  receiptPlace,
  fee,
  responsibilities,
  flowchart,
  steps,
  forms,
  records,
};
