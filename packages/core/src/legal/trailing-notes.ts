import { readDateAt } from "../dates/read-date.js";

/** What a citation's trailing remarks say: when it takes effect, and any other remark. */
export interface TrailingNotes {
  /** The citation without its trailing remarks. */
  body: string;
  effectiveDate?: string;
  notes: string[];
}

const LAST_PARENTHESIS = /\s*\(([^()]*)\)$/u;
const EFFECTIVE =
  /^(?:(?:có|bắt\s+đầu\s+có)\s+)?hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+|^(?:effective|in\s+force)\s+(?:from|on|since)\s+/iu;
const EFFECTIVE_CLAUSE = /[,;]\s*((?:có\s+)?hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+.*)$/iu;

/**
 * Splits trailing remarks off a citation: parenthesised ones ("(có hiệu lực từ 01/01/2016)",
 * "(đã được sửa đổi ...)") and a final ", có hiệu lực từ ngày ..." clause.
 */
export function readTrailingNotes(text: string): TrailingNotes {
  let body = text;
  let effectiveDate: string | undefined;
  const notes: string[] = [];
  for (let match = LAST_PARENTHESIS.exec(body); match; match = LAST_PARENTHESIS.exec(body)) {
    const remark = (match[1] ?? "").trim();
    body = body.slice(0, match.index);
    const date = effectiveDateOf(remark);
    if (date !== undefined && effectiveDate === undefined) effectiveDate = date;
    else if (remark !== "") notes.unshift(remark);
  }
  const clause = EFFECTIVE_CLAUSE.exec(body);
  const clauseDate = clause?.[1] === undefined ? undefined : effectiveDateOf(clause[1]);
  if (clause && clauseDate !== undefined) {
    body = body.slice(0, clause.index);
    effectiveDate ??= clauseDate;
  }
  const result: TrailingNotes = { body: body.trim(), notes };
  if (effectiveDate !== undefined) result.effectiveDate = effectiveDate;
  return result;
}

/** The date of "có hiệu lực từ <date>" when that is the whole remark and the date exists. */
function effectiveDateOf(remark: string): string | undefined {
  const lead = EFFECTIVE.exec(remark);
  if (!lead) return undefined;
  const rest = remark.slice(lead[0].length).replace(/[.;,]$/u, "");
  const date = readDateAt(rest);
  return date && date.length === rest.length ? date.iso : undefined;
}
