import type { RuleSetting } from "../validate/rule-setting.js";
import type { RuleId } from "../validate/rules.js";

/**
 * The default preset: errors for what an auditor would write up as a nonconformity (missing sections,
 * broken flow, undefined forms, overrunning the legal time), warnings for what needs attention,
 * `info` for hints.
 */
export const recommended: Record<RuleId, RuleSetting> = {
  "section-required": "error",
  "document-control-complete": "warn",
  "tthc-details-complete": "error",
  "step-action-required": "error",
  "step-responsible-required": "error",
  "step-id-unique": "error",
  "branch-target-exists": "error",
  "decision-branches": "error",
  "step-reachable": "error",
  "path-reaches-end": "error",
  "cycle-has-exit": "error",
  "step-phase-order": "warn",
  "actor-defined": "warn",
  "form-defined": "error",
  "form-used": "warn",
  "record-keeper-retention": "error",
  "legal-citation-well-formed": "warn",
  "legal-citation-unique": "warn",
  "legal-document-current": "warn",
  "legal-amendment-cited": "info",
  "legal-change-upcoming": "info",
  "duration-valid": "warn",
  "processing-time-limit": "error",
  "same-day-step": "warn",
  "review-overdue": "warn",
  "legal-update-overdue": "warn",
  "placeholder-unfilled": "warn",
};
