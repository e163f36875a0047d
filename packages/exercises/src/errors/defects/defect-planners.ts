import type { DefectKind } from "../defect-kind.js";
import type { DefectPlanner } from "../defect-plan.js";
import { planActorMissing } from "./actor-missing.js";
import { planActorUndefined } from "./actor-undefined.js";
import { planDecisionBranchMissing } from "./decision-branch-missing.js";
import { planFormUndefined } from "./form-undefined.js";
import { planLegalSuperseded } from "./legal-superseded.js";
import { planRecordIncomplete } from "./record-incomplete.js";
import { planStepOutOfOrder } from "./step-out-of-order.js";
import { planTimeOverLimit } from "./time-over-limit.js";

/** The planner of each kind of defect: a new kind is one file and one entry here. */
export const DEFECT_PLANNERS: Record<DefectKind, DefectPlanner> = {
  "decision-branch-missing": planDecisionBranchMissing,
  "step-out-of-order": planStepOutOfOrder,
  "time-over-limit": planTimeOverLimit,
  "actor-undefined": planActorUndefined,
  "actor-missing": planActorMissing,
  "form-undefined": planFormUndefined,
  "legal-superseded": planLegalSuperseded,
  "record-incomplete": planRecordIncomplete,
};
