import { z } from "zod";
import { DurationSchema } from "./duration.js";
import { placed } from "./place.js";
import { RichTextSchema } from "./rich-text.js";

/** One component of the dossier (thành phần hồ sơ) with original and copy counts. */
export const DossierItemSchema = z.object({
  name: z.string(),
  originals: z.number().int().min(0).optional(),
  copies: z.number().int().min(0).optional(),
  note: z.string().optional(),
  ...placed,
});
export type DossierItem = z.infer<typeof DossierItemSchema>;

/** The administrative-procedure (TTHC) details of section 5. */
export const TthcSchema = z.object({
  conditions: RichTextSchema.default([]),
  dossier: z.array(DossierItemSchema).default([]),
  /** Notes under the dossier table ("Lưu ý"), kept as rich text. */
  dossierNotes: RichTextSchema.optional(),
  /** Số lượng hồ sơ, e.g. "01 bộ". */
  sets: z.string().optional(),
  /** Thời gian xử lý: the legal limit. */
  processingTime: DurationSchema.optional(),
  /** Nơi tiếp nhận và trả kết quả. */
  receiptPlace: z.string().optional(),
  /** Lệ phí. */
  fee: z.string().optional(),
  ...placed,
});
export type Tthc = z.infer<typeof TthcSchema>;
