import type { RuleSetting } from "../validate/rule-setting.js";
import { type RuleId, ruleIds } from "../validate/rules.js";

/** Every rule at `error`: for a procedure about to be issued or audited. */
export const strict: Record<RuleId, RuleSetting> = Object.fromEntries(
  ruleIds.map((id) => [id, "error"]),
) as Record<RuleId, RuleSetting>;
