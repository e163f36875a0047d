export {
  type FromMarkdownOptions,
  type FromMarkdownResult,
  fromMarkdown,
} from "./from-markdown.js";
export type { MarkdownRuleId, MessageCatalogue, MessageParams } from "./messages/catalogue.js";
export { en as MESSAGES_EN } from "./messages/en.js";
export { DIAGNOSTIC_SOURCE } from "./messages/reporter.js";
export { PARSER_SEVERITIES } from "./messages/severities.js";
export { vi as MESSAGES_VI } from "./messages/vi.js";
export { stripPlaces } from "./strip-places.js";
export { type ToMarkdownOptions, toMarkdown } from "./to-markdown.js";
export { SECTION_SYNONYMS } from "./vocabulary/section-titles.js";
export {
  STEP_COLUMN_SYNONYMS,
  STEP_COLUMN_TITLES,
  type StepColumnRole,
} from "./vocabulary/step-columns.js";
