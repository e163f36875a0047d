import { z } from "zod";
import { IsoDateSchema } from "./document-control.js";
import { placed } from "./place.js";

/** One entry of the legal basis (cơ sở pháp lý). Fields the parser could not split stay in `text`. */
export const LegalDocumentSchema = z.object({
  /** The line as the author wrote it. */
  text: z.string(),
  /** Luật, Nghị định, Thông tư, Quyết định, Công văn, Nghị quyết, ... */
  type: z.string().optional(),
  /** Number and symbol, e.g. `123/2015/NĐ-CP`. */
  number: z.string().optional(),
  date: IsoDateSchema.optional(),
  issuer: z.string().optional(),
  title: z.string().optional(),
  effectiveDate: IsoDateSchema.optional(),
  notes: z.string().optional(),
  ...placed,
});
export type LegalDocument = z.infer<typeof LegalDocumentSchema>;
