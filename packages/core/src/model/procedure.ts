import { z } from "zod";
import { DocumentControlSchema } from "./document-control.js";
import { LegalDocumentSchema } from "./legal-document.js";
import { PlaceSchema } from "./place.js";
import { RichTextSchema } from "./rich-text.js";
import {
  DefinitionSchema,
  ExtraSectionSchema,
  FormSchema,
  RecordSchema,
  ResponsibilitySchema,
  SectionKeySchema,
  TextItemSchema,
} from "./sections.js";
import { StepSchema } from "./step.js";
import { TthcSchema } from "./tthc.js";

/** A whole ISO 9001:2015 procedure (quy trình) for an administrative procedure or internal work. */
export const ProcedureSchema = z.object({
  control: DocumentControlSchema,
  purpose: RichTextSchema.default([]),
  scope: RichTextSchema.default([]),
  references: z.array(TextItemSchema).default([]),
  legalBasis: z.array(LegalDocumentSchema).default([]),
  definitions: z.array(DefinitionSchema).default([]),
  responsibilities: z.array(ResponsibilitySchema).default([]),
  tthc: TthcSchema.optional(),
  steps: z.array(StepSchema).default([]),
  /** Headers of steps-table columns the format does not know, in order. */
  stepColumns: z.array(z.string()).optional(),
  forms: z.array(FormSchema).default([]),
  records: z.array(RecordSchema).default([]),
  extraSections: z.array(ExtraSectionSchema).default([]),
  /** Where each known section's heading was found; a key is present when the section is. */
  sectionPlaces: z.partialRecord(SectionKeySchema, PlaceSchema).optional(),
});
export type Procedure = z.infer<typeof ProcedureSchema>;
/** A procedure as accepted on input: defaults may be omitted. */
export type ProcedureInput = z.input<typeof ProcedureSchema>;
