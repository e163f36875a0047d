/** Where the rule pages live, relative to the repository root. */
export const RULE_DOCS_PATH = "docs/rules/";

/** The doc page of a rule (or of an engine diagnostic such as `rule-crashed`). */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_PATH}${ruleId}.md`;
}
