import {
  LEGAL_DOCUMENT_TYPES,
  LEGAL_TYPE_ABBREVIATIONS,
  type LegalDocumentType,
  legalTypeOfAbbreviation,
} from "./legal-document-types.js";

const NOT_WORD = String.raw`(?![\p{L}\p{N}])`;
const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{N}])`;
/** Any full type name, spaces matching any run of spaces. */
const NAMES = `(${LEGAL_DOCUMENT_TYPES.map((name) => name.replace(/ /gu, String.raw`\s+`)).join("|")})${NOT_WORD}`;
/** Any abbreviation, when a number follows ("NĐ 07/2025/NĐ-CP", "QĐ số 15/QĐ-UBND"). */
const SHORT = String.raw`(${Object.keys(LEGAL_TYPE_ABBREVIATIONS).join("|")})\.?\s+(?=số${NOT_WORD}|\d)`;

const FULL_NAME = new RegExp(`^${NAMES}\\s*`, "iu");
const ABBREVIATION = new RegExp(`^${SHORT}`, "iu");
const MENTION = new RegExp(`${NOT_AFTER_WORD}(?:${NAMES}|${SHORT})`, "u");

/** Reads a document type (full name, or an abbreviation followed by a number) at the start of `text`. */
export function readLegalType(
  text: string,
): { type: LegalDocumentType; length: number } | undefined {
  const full = FULL_NAME.exec(text);
  if (full?.[1] !== undefined) {
    const written = full[1].toLocaleLowerCase("vi").replace(/\s+/gu, " ");
    const type = LEGAL_DOCUMENT_TYPES.find((name) => name.toLocaleLowerCase("vi") === written);
    if (type) return { type, length: full[0].length };
  }
  const short = ABBREVIATION.exec(text);
  const type = short?.[1] === undefined ? undefined : legalTypeOfAbbreviation(short[1]);
  return type && short ? { type, length: short[0].length } : undefined;
}

/**
 * Whether `text` names a document ("... chi tiết Nghị định", "... của Luật Hộ tịch"), written with a
 * capital as citations are (so "pháp luật" does not count).
 */
export function mentionsLegalType(text: string): boolean {
  return MENTION.test(text);
}
