import { z } from "zod";
import { PlaceSchema, placed } from "./place.js";

/** An ISO calendar date, `YYYY-MM-DD`, that exists. */
export const IsoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** Someone who prepared, reviewed or approved the procedure. */
export const SignatorySchema = z.object({
  name: z.string().optional(),
  position: z.string().optional(),
  date: IsoDateSchema.optional(),
});
export type Signatory = z.infer<typeof SignatorySchema>;

/** One row of the revision-tracking table (theo dõi sửa đổi). */
export const RevisionSchema = z.object({
  date: IsoDateSchema.optional(),
  section: z.string().optional(),
  description: z.string(),
  issue: z.string().optional(),
});
export type Revision = z.infer<typeof RevisionSchema>;

/** One recipient of controlled copies (phân phối tài liệu). */
export const DistributionSchema = z.object({
  recipient: z.string(),
  copies: z.number().int().min(0).optional(),
  medium: z.string().optional(),
});
export type Distribution = z.infer<typeof DistributionSchema>;

/** The decision that issues the procedure ("Kèm theo Quyết định số 15/QĐ-UBND ngày … của …"). */
export const IssuingDecisionSchema = z.object({
  /** Its number and symbol, e.g. `15/QĐ-UBND`. */
  number: z.string(),
  date: IsoDateSchema.optional(),
  /** Who signed it, e.g. `Chủ tịch UBND xã Tân Trường`. */
  issuer: z.string().optional(),
});
export type IssuingDecision = z.infer<typeof IssuingDecisionSchema>;

/** Language of the document's fixed labels. */
export const LanguageSchema = z.enum(["vi", "en"]);
export type Language = z.infer<typeof LanguageSchema>;

/** Document control: identity, issue, approval and history of the procedure (YAML front matter). */
export const DocumentControlSchema = z.object({
  /** Empty when the author has not written one yet; the validator reports it. */
  code: z.string(),
  title: z.string(),
  issuingBody: z.string().optional(),
  parentBody: z.string().optional(),
  /** The issuing decision: its number alone, the whole line as written, or its parts. */
  decision: z.union([z.string(), IssuingDecisionSchema]).optional(),
  issue: z.string().optional(),
  revision: z.string().optional(),
  effectiveDate: IsoDateSchema.optional(),
  lastReviewDate: IsoDateSchema.optional(),
  tthcCode: z.string().optional(),
  preparedBy: SignatorySchema.optional(),
  reviewedBy: SignatorySchema.optional(),
  approvedBy: SignatorySchema.optional(),
  revisions: z.array(RevisionSchema).default([]),
  distribution: z.array(DistributionSchema).optional(),
  language: LanguageSchema.default("vi"),
  /** Validation rule levels for this document: `off` / `warn` / `error`, or `[level, options]`. */
  rules: z.record(z.string(), z.unknown()).optional(),
  /** Front-matter keys the format does not know, kept as written. */
  extra: z.record(z.string(), z.unknown()).optional(),
  ...placed,
  /** Where each front-matter field was written, by dotted path (`preparedBy.name`). */
  fieldPlaces: z.record(z.string(), PlaceSchema).optional(),
});
export type DocumentControl = z.infer<typeof DocumentControlSchema>;
