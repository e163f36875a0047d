import type { LegalDocument } from "@quytrinh/core";
import { formatDate } from "../../text/format-date.js";
import type { SectionHandler } from "../body-context.js";
import { listLine } from "../rich-text.js";

/** 5.x Cơ sở pháp lý: one legal document per line, each ending with ";" and the last with ".". */
export const legalBasis: SectionHandler = ({ procedure }) =>
  procedure.legalBasis.map((document, index, all) =>
    listLine("-", `${legalCitation(document)}${index === all.length - 1 ? "." : ";"}`),
  );

/**
 * A legal document in the conventional form: type, number, date, issuer, title
 * ("Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định ..."). An entry whose
 * parts are not all known is shown as the author wrote it.
 */
export function legalCitation(document: LegalDocument): string {
  const { type, number, date, issuer, title } = document;
  if (!type || !number || !date || !issuer) return trimEnd(document.text);
  const named = title !== undefined && /^\p{Lu}/u.test(title);
  const parts = [
    named ? `${type} ${title}` : type,
    `số ${number}`,
    `ngày ${formatDate(date)}`,
    `của ${issuer}`,
    named ? "" : (title ?? ""),
  ];
  const extras = [
    document.effectiveDate ? `hiệu lực từ ngày ${formatDate(document.effectiveDate)}` : "",
    document.notes ?? "",
  ].filter(Boolean);
  const citation = parts.filter(Boolean).join(" ");
  return trimEnd(extras.length > 0 ? `${citation} (${extras.join("; ")})` : citation);
}

function trimEnd(text: string): string {
  return text.trim().replace(/[\s.;,]+$/u, "");
}
