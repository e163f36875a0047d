import { type LegalDocumentType, legalTypeOfAbbreviation } from "./legal-document-types.js";

/** The parts of a legal document number such as `123/2015/NĐ-CP` or `296/QĐ-VPCP`. */
export interface LegalNumber {
  /** The sequence number as written, leading zeros kept (`04`). */
  seq: string;
  /** The year in the number, when it has one (`2015` in `123/2015/NĐ-CP`). */
  year?: number;
  /** The symbol after the last slash (`NĐ-CP`, `QH13`, `BTP-HTQTCT`). */
  symbol: string;
}

/** Source of a document number: sequence, optional year, then a symbol that contains a letter. */
export const LEGAL_NUMBER_SOURCE = String.raw`(\d+[a-zA-Z]?)\/(?:(\d{4})\/)?((?=\p{N}*\p{L})[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)(?![\p{L}\p{N}/-])`;

const WHOLE_NUMBER = new RegExp(`^${LEGAL_NUMBER_SOURCE}$`, "u");

/** Splits a document number (`123/2015/NĐ-CP`) into sequence, year and symbol; `undefined` if it is not one. */
export function parseLegalNumber(text: string): LegalNumber | undefined {
  const match = WHOLE_NUMBER.exec(text.normalize("NFC").trim());
  if (!match || match[1] === undefined || match[3] === undefined) return undefined;
  const number: LegalNumber = { seq: match[1], symbol: match[3] };
  if (match[2] !== undefined) number.year = Number(match[2]);
  return number;
}

/** The document type a number's symbol implies (`NĐ-CP` → Nghị định, `TT-BTP` → Thông tư), if any. */
export function legalTypeOfNumber(text: string): LegalDocumentType | undefined {
  const number = parseLegalNumber(text);
  const [first, ...others] = number?.symbol.split("-") ?? [];
  return first !== undefined && others.length > 0 ? legalTypeOfAbbreviation(first) : undefined;
}
