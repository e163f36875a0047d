import { z } from "zod";
import { placed } from "./place.js";
import { RichTextSchema } from "./rich-text.js";

/** Keys of the sections and subsections the format knows, in their standard order. */
export const SectionKeySchema = z.enum([
  "purpose",
  "scope",
  "references",
  "definitions",
  "responsibilities",
  "content",
  "legalBasis",
  "conditions",
  "dossier",
  "sets",
  "processingTime",
  "receiptPlace",
  "fee",
  "flowchart",
  "steps",
  "forms",
  "records",
]);
export type SectionKey = z.infer<typeof SectionKeySchema>;

/** A section the format does not know, kept with its content and its place in the order. */
export const ExtraSectionSchema = z.object({
  title: z.string(),
  /** Heading depth in the source: 1 for a top-level section, 2 for a 5.x subsection. */
  depth: z.number().int().min(1).max(6),
  /** The known section it follows, or `null` when it comes first. */
  after: SectionKeySchema.nullable(),
  blocks: RichTextSchema,
  ...placed,
});
export type ExtraSection = z.infer<typeof ExtraSectionSchema>;

/** A short item of text with a position (a reference document, a condition). */
export const TextItemSchema = z.object({ text: z.string(), ...placed });
export type TextItem = z.infer<typeof TextItemSchema>;

/** A term and its meaning (định nghĩa / viết tắt). */
export const DefinitionSchema = z.object({
  term: z.string(),
  meaning: z.string(),
  ...placed,
});
export type Definition = z.infer<typeof DefinitionSchema>;

/** What one actor is responsible for. */
export const ResponsibilitySchema = z.object({
  actor: z.string(),
  duty: z.string(),
  ...placed,
});
export type Responsibility = z.infer<typeof ResponsibilitySchema>;

/** A form (biểu mẫu) used by the procedure. */
export const FormSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** Where the template comes from, e.g. "Mẫu 01, Thông tư 03/2025/TT-VPCP". */
  source: z.string().optional(),
  ...placed,
});
export type Form = z.infer<typeof FormSchema>;

/** A record kept (hồ sơ cần lưu): who keeps it and for how long. */
export const RecordSchema = z.object({
  name: z.string(),
  keeper: z.string().optional(),
  retention: z.string().optional(),
  ...placed,
});
export type ProcedureRecord = z.infer<typeof RecordSchema>;
