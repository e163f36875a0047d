/** The parameters each diagnostic's message takes, by rule id. */
export interface MessageParams {
  "encoding-invalid": Record<string, never>;
  "front-matter-missing": Record<string, never>;
  "front-matter-invalid": Record<string, never>;
  /** `code` is the YAML library's error code, `detail` its (English) message. */
  "yaml-invalid": { code: string; detail: string };
  "front-matter-field-invalid": { field: string; expected: string };
  "front-matter-key-unknown": { key: string; expected: string };
  "date-invalid": { field: string; value: string };
  "duration-unparsed": { text: string };
  "legal-citation-unparsed": { text: string };
  "section-duplicate": { title: string };
  "section-unknown": { title: string; expected: string };
  "steps-table-missing": Record<string, never>;
  "steps-table-empty": Record<string, never>;
  "steps-column-missing": { column: string };
  "steps-column-unknown": { column: string; expected: string };
  "branch-unparsed": { id: string; text: string };
}

/** A rule id of a diagnostic the parser reports. */
export type MarkdownRuleId = keyof MessageParams;

/** Messages of one language: a sentence for every rule id, typed so no language misses one. */
export type MessageCatalogue = { [K in MarkdownRuleId]: (params: MessageParams[K]) => string };
