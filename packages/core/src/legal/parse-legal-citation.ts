import { readDateAt } from "../dates/read-date.js";
import type { LegalDocument } from "../model/legal-document.js";
import { hasTitleStart, splitIssuerAndTitle } from "./issuer-and-title.js";
import { LEGAL_NUMBER_SOURCE, legalTypeOfNumber } from "./legal-number.js";
import { mentionsLegalType, readLegalType } from "./read-legal-type.js";
import { readTrailingNotes } from "./trailing-notes.js";

const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:số\s*:?\s*)?(${LEGAL_NUMBER_SOURCE})`,
  "iu",
);
const DATE_MARK = /(?<![\p{L}\p{N}])ngày\s+\d/iu;
const OF_ISSUER = /(?<![\p{L}\p{N}])của\s+/iu;
const LEADING_DATE = /^[\s,]*(?:ban\s+hành\s+)?/iu;
const LEGAL_GROUND = /^căn\s+cứ\s+(?:vào\s+)?/iu;

/**
 * Splits one legal-basis entry written the Vietnamese way ("Nghị định số 123/2015/NĐ-CP ngày 15/11/2015
 * của Chính phủ quy định ...") into type, number, date, issuer, title, effective date and notes.
 * `text` is always the entry (NFC, trimmed); fields it could not find are left out.
 */
export function parseLegalCitation(text: string): LegalDocument {
  const kept = text.normalize("NFC").trim();
  const clean = kept
    .replace(/\s+/gu, " ")
    .replace(/[\s.;,]+$/u, "")
    .replace(LEGAL_GROUND, "");
  const trailing = readTrailingNotes(clean);
  const found = readLegalType(trailing.body);
  let rest = found ? trailing.body.slice(found.length) : trailing.body;

  const head = earliestMark(rest);
  const name = rest.slice(0, head.index).trim();
  if (name !== "" && (!found || isSummary(name, head.mark))) {
    return withoutHead(kept, found?.type, trailing, rest);
  }
  rest = rest.slice(head.index);

  const number = NUMBER.exec(rest);
  const numberText = number?.index === 0 ? number[1] : undefined;
  if (number && numberText !== undefined) rest = rest.slice(number[0].length);

  const leading = LEADING_DATE.exec(rest)?.[0] ?? "";
  const date = readDateAt(rest.slice(leading.length));
  if (date) rest = rest.slice(leading.length + date.length);

  rest = rest.replace(/^[\s,]+/u, "");
  const of = OF_ISSUER.exec(rest);
  const parts = of?.index === 0 ? splitIssuerAndTitle(rest.slice(of[0].length)) : undefined;
  const leftover = parts ? parts.title : rest || undefined;

  if (!found && numberText === undefined) return { text: kept };
  const type =
    found?.type ?? (numberText === undefined ? undefined : legalTypeOfNumber(numberText));
  const notes =
    name !== "" && leftover !== undefined ? [leftover, ...trailing.notes] : trailing.notes;
  return compact({
    text: kept,
    type,
    number: numberText,
    date: date?.iso,
    issuer: parts?.issuer,
    title: name !== "" ? name : leftover,
    effectiveDate: trailing.effectiveDate,
    notes: notes.length > 0 ? notes.join("; ") : undefined,
  });
}

/** The first number, "ngày <date>" or "của" in `rest`: where it is and which it is. */
function earliestMark(rest: string): { index: number; mark: "number" | "date" | "of" | "none" } {
  const marks = [
    { match: NUMBER.exec(rest), mark: "number" as const },
    { match: DATE_MARK.exec(rest), mark: "date" as const },
    { match: OF_ISSUER.exec(rest), mark: "of" as const },
  ];
  let first: { index: number; mark: "number" | "date" | "of" | "none" } = {
    index: rest.length,
    mark: "none",
  };
  for (const { match, mark } of marks)
    if (match && match.index < first.index) first = { index: match.index, mark };
  return first;
}

/**
 * Whether the words between the type and the first mark are already the summary, so the mark belongs
 * to it: "Thông tư quy định chi tiết Nghị định số 123/...", "... một số điều của Luật Hộ tịch".
 * A name such as "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15" is not.
 */
function isSummary(name: string, mark: string): boolean {
  return mentionsLegalType(name) || (mark === "of" && hasTitleStart(name));
}

/** An entry whose words after the type are all summary ("Nghị quyết quy định mức thu lệ phí ..."). */
function withoutHead(
  text: string,
  type: string | undefined,
  trailing: ReturnType<typeof readTrailingNotes>,
  rest: string,
): LegalDocument {
  if (type === undefined) return { text };
  return compact({
    text,
    type,
    title: rest.trim() || undefined,
    effectiveDate: trailing.effectiveDate,
    notes: trailing.notes.length > 0 ? trailing.notes.join("; ") : undefined,
  });
}

type TextField = Exclude<keyof LegalDocument, "text" | "place">;

/** The entry with only the fields that were found. */
function compact(
  fields: { text: string } & { [key in TextField]?: string | undefined },
): LegalDocument {
  const document: LegalDocument = { text: fields.text };
  for (const key of Object.keys(fields) as (TextField | "text")[]) {
    const value = fields[key];
    if (key !== "text" && value !== undefined && value !== "") document[key] = value;
  }
  return document;
}
