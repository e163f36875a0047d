/** The types of legal document a procedure cites, by their full Vietnamese names. */
export const LEGAL_DOCUMENT_TYPES = [
  "Hiến pháp",
  "Bộ luật",
  "Luật",
  "Pháp lệnh",
  "Nghị quyết liên tịch",
  "Nghị quyết",
  "Nghị định",
  "Thông tư liên tịch",
  "Thông tư",
  "Quyết định",
  "Chỉ thị",
  "Công văn",
  "Văn bản hợp nhất",
  "Kế hoạch",
  "Hướng dẫn",
  "Thông báo",
] as const;
/** A full Vietnamese legal document type name. */
export type LegalDocumentType = (typeof LEGAL_DOCUMENT_TYPES)[number];

/** Abbreviations of each type, written before a number ("NĐ 07/2025/NĐ-CP") or first in a symbol ("NĐ-CP"). */
export const LEGAL_TYPE_ABBREVIATIONS: Readonly<Record<string, LegalDocumentType>> = {
  HP: "Hiến pháp",
  BL: "Bộ luật",
  PL: "Pháp lệnh",
  NQLT: "Nghị quyết liên tịch",
  NQ: "Nghị quyết",
  NĐ: "Nghị định",
  ND: "Nghị định",
  TTLT: "Thông tư liên tịch",
  TT: "Thông tư",
  QĐ: "Quyết định",
  QD: "Quyết định",
  CT: "Chỉ thị",
  CV: "Công văn",
  VBHN: "Văn bản hợp nhất",
  KH: "Kế hoạch",
  HD: "Hướng dẫn",
  TB: "Thông báo",
};

/** The full type name for an abbreviation such as `NĐ`, `TT` or `QĐ` (any case), if known. */
export function legalTypeOfAbbreviation(abbreviation: string): LegalDocumentType | undefined {
  return LEGAL_TYPE_ABBREVIATIONS[abbreviation.normalize("NFC").toLocaleUpperCase("vi")];
}
