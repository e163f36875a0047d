import { actorDefined } from "../rules/actor-defined.js";
import { branchTargetExists } from "../rules/branch-target-exists.js";
import { cycleHasExit } from "../rules/cycle-has-exit.js";
import { decisionBranches } from "../rules/decision-branches.js";
import { documentControlComplete } from "../rules/document-control-complete.js";
import { durationValid } from "../rules/duration-valid.js";
import { formDefined } from "../rules/form-defined.js";
import { formUsed } from "../rules/form-used.js";
import { legalAmendmentCited } from "../rules/legal-amendment-cited.js";
import { legalChangeUpcoming } from "../rules/legal-change-upcoming.js";
import { legalCitationUnique } from "../rules/legal-citation-unique.js";
import { legalCitationWellFormed } from "../rules/legal-citation-well-formed.js";
import { legalDocumentCurrent } from "../rules/legal-document-current.js";
import { legalUpdateOverdue } from "../rules/legal-update-overdue.js";
import { pathReachesEnd } from "../rules/path-reaches-end.js";
import { placeholderUnfilled } from "../rules/placeholder-unfilled.js";
import { processingTimeLimit } from "../rules/processing-time-limit.js";
import { recordKeeperRetention } from "../rules/record-keeper-retention.js";
import { reviewOverdue } from "../rules/review-overdue.js";
import { sameDayStep } from "../rules/same-day-step.js";
import { sectionRequired } from "../rules/section-required.js";
import { stepActionRequired } from "../rules/step-action-required.js";
import { stepIdUnique } from "../rules/step-id-unique.js";
import { stepPhaseOrder } from "../rules/step-phase-order.js";
import { stepReachable } from "../rules/step-reachable.js";
import { stepResponsibleRequired } from "../rules/step-responsible-required.js";
import { tthcDetailsComplete } from "../rules/tthc-details-complete.js";

/** Every rule, in the order they run: completeness, steps, forms and records, legal basis, time, maintenance. */
export const rules = [
  sectionRequired,
  documentControlComplete,
  tthcDetailsComplete,
  stepActionRequired,
  stepResponsibleRequired,
  stepIdUnique,
  branchTargetExists,
  decisionBranches,
  stepReachable,
  pathReachesEnd,
  cycleHasExit,
  stepPhaseOrder,
  actorDefined,
  formDefined,
  formUsed,
  recordKeeperRetention,
  legalCitationWellFormed,
  legalCitationUnique,
  legalDocumentCurrent,
  legalAmendmentCited,
  legalChangeUpcoming,
  durationValid,
  processingTimeLimit,
  sameDayStep,
  reviewOverdue,
  legalUpdateOverdue,
  placeholderUnfilled,
] as const;

/** The id of a rule. */
export type RuleId = (typeof rules)[number]["id"];

/** Every rule id, in run order. */
export const ruleIds: readonly RuleId[] = rules.map((rule) => rule.id);

/** Whether `id` names a rule. */
export function isRuleId(id: string): id is RuleId {
  return (ruleIds as readonly string[]).includes(id);
}
