/** Front-matter keys of `DocumentControl` that the format knows. */
export const CONTROL_KEYS: ReadonlySet<string> = new Set([
  "code",
  "title",
  "issuingBody",
  "parentBody",
  "decision",
  "issue",
  "revision",
  "effectiveDate",
  "lastReviewDate",
  "tthcCode",
  "preparedBy",
  "reviewedBy",
  "approvedBy",
  "revisions",
  "distribution",
  "language",
  "rules",
]);

/** The order the canonical format writes front-matter keys in. */
export const CONTROL_KEY_ORDER: readonly string[] = [
  "code",
  "title",
  "tthcCode",
  "parentBody",
  "issuingBody",
  "decision",
  "issue",
  "revision",
  "effectiveDate",
  "lastReviewDate",
  "preparedBy",
  "reviewedBy",
  "approvedBy",
  "revisions",
  "distribution",
  "language",
  "rules",
];

const TEXT_PATHS =
  /^(?:code|title|issuingBody|parentBody|decision|decision\.(?:number|issuer)|issue|revision|tthcCode|(?:preparedBy|reviewedBy|approvedBy)\.(?:name|position)|revisions\.\d+\.(?:section|description|issue)|distribution\.\d+\.(?:recipient|medium))$/u;

const DATE_PATHS =
  /^(?:effectiveDate|lastReviewDate|decision\.date|(?:preparedBy|reviewedBy|approvedBy)\.date|revisions\.\d+\.date)$/u;

/** Whether a dotted front-matter path holds text (numbers written there keep their spelling). */
export function isTextPath(path: string): boolean {
  return TEXT_PATHS.test(path) || DATE_PATHS.test(path);
}

/** Whether a dotted front-matter path holds a date. */
export function isDatePath(path: string): boolean {
  return DATE_PATHS.test(path);
}
