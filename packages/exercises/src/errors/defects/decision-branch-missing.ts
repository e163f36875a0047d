import { type Branch, END, type Language } from "@quytrinh/core";
import type { DefectPlan, DefectPlanner } from "../defect-plan.js";
import { stepById, stepSpot } from "./working-step.js";

/** A branch as the transition column writes it: `Chưa đủ → B3`, `→ Kết thúc`. */
function branchText(branch: Branch, lang: Language): string {
  const target = branch.target === END ? (lang === "en" ? "End" : "Kết thúc") : branch.target;
  return branch.label ? `${branch.label} → ${target}` : `→ ${target}`;
}

/**
 * A decision drawn with only its first exit (the "Đủ" arrow kept, "Chưa đủ" forgotten). Only
 * decisions written as a question ("…?"): in Markdown a one-branch step is a decision only then.
 * Reported by `decision-branches`.
 */
export const planDecisionBranchMissing: DefectPlanner = (procedure, { documentLang }) =>
  procedure.steps.flatMap((step): DefectPlan[] => {
    const [kept, ...removed] = step.branches;
    const asks = step.action.trimEnd().endsWith("?");
    if (step.kind !== "decision" || !asks || kept === undefined || removed.length === 0) return [];
    return [
      {
        kind: "decision-branch-missing",
        ruleId: "decision-branches",
        spots: [stepSpot(step.id)],
        stepId: step.id,
        at: { step: step.id },
        reportedAt: { step: step.id },
        apply: (copy) => {
          stepById(copy.steps, step.id).branches = [structuredClone(kept)];
        },
        describe: (messages) => ({
          what: messages.branchMissing(step.id, branchText(kept, documentLang)),
          fix: messages.branchMissingFix(
            removed.map((branch) => branchText(branch, documentLang)).join("; "),
          ),
        }),
      },
    ];
  });
