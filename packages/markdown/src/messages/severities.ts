import type { Severity } from "@quytrinh/core";
import type { MarkdownRuleId } from "./catalogue.js";

/** How serious each parser diagnostic is: errors lose information, warnings keep it as text. */
export const PARSER_SEVERITIES: Readonly<Record<MarkdownRuleId, Severity>> = {
  "encoding-invalid": "error",
  "front-matter-missing": "warning",
  "front-matter-invalid": "error",
  "yaml-invalid": "error",
  "front-matter-field-invalid": "error",
  "front-matter-key-unknown": "warning",
  "date-invalid": "error",
  "duration-unparsed": "warning",
  "legal-citation-unparsed": "warning",
  "section-duplicate": "warning",
  "section-unknown": "warning",
  "steps-table-missing": "warning",
  "steps-table-empty": "warning",
  "steps-column-missing": "error",
  "steps-column-unknown": "warning",
  "branch-unparsed": "warning",
};
