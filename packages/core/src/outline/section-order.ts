import type { SectionKey } from "../model/sections.js";

/** The numbered top-level sections of a procedure in the standard order: 1 Mục đích … 7 Hồ sơ cần lưu. */
export const TOP_SECTIONS = [
  "purpose",
  "scope",
  "references",
  "definitions",
  "content",
  "forms",
  "records",
] as const satisfies readonly SectionKey[];

/** The 5.x subsections of "Nội dung quy trình" in the standard order. */
export const CONTENT_SUBSECTIONS = [
  "legalBasis",
  "conditions",
  "dossier",
  "sets",
  "processingTime",
  "receiptPlace",
  "fee",
  "responsibilities",
  "flowchart",
  "steps",
] as const satisfies readonly SectionKey[];

/** The 5.x subsections that hold the administrative-procedure (TTHC) details. */
export const TTHC_SUBSECTIONS = [
  "conditions",
  "dossier",
  "sets",
  "processingTime",
  "receiptPlace",
  "fee",
] as const satisfies readonly SectionKey[];
