import { z } from "zod";
import { IsoDateSchema } from "../model/document-control.js";

/** A registry date: `YYYY-MM-DD`, or a date a YAML 1.1 reader turned into a `Date`. */
const RegistryDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  IsoDateSchema,
);

/** Where a legal document stands as recorded in the registry. */
export const LegalStatusSchema = z.enum(["in-force", "amended", "replaced", "expired"]);
export type LegalStatus = z.infer<typeof LegalStatusSchema>;

/** One legal document the user tracks: identity, dates, status and what amends or replaces it. */
export const RegistryDocumentSchema = z.object({
  /** Number and symbol, e.g. `123/2015/NĐ-CP`. */
  number: z.string().min(1),
  type: z.string().min(1),
  title: z.string().min(1),
  issuer: z.string().min(1),
  /** Date of issue; leave it out rather than guess. */
  date: RegistryDateSchema.optional(),
  /** Date it takes effect; may lie in the future. */
  effectiveDate: RegistryDateSchema,
  /** Status as last checked; a replacement with a future `effectiveDate` only counts from that date. */
  status: LegalStatusSchema,
  /** Numbers of the documents that amend this one. */
  amendedBy: z.array(z.string().min(1)).optional(),
  /** Number of the document that replaces this one. */
  replacedBy: z.string().min(1).optional(),
  /** Date this document stops applying, when known without a replacement. */
  expiryDate: RegistryDateSchema.optional(),
  notes: z.string().optional(),
});
export type RegistryDocument = z.infer<typeof RegistryDocumentSchema>;

/** A legal registry the user keeps (as YAML): when it was last checked and the documents it tracks. */
export const LegalRegistrySchema = z.object({
  /** The date someone last checked every entry against official sources. */
  checked: RegistryDateSchema,
  notes: z.string().optional(),
  documents: z.array(RegistryDocumentSchema),
});
export type LegalRegistry = z.infer<typeof LegalRegistrySchema>;
