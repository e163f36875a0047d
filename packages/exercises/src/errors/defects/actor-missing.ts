import type { DefectPlan, DefectPlanner } from "../defect-plan.js";
import { isWorkingStep, stepById, stepSpot } from "./working-step.js";

/** A step whose actor cell was left empty. Reported by `step-responsible-required`. */
export const planActorMissing: DefectPlanner = (procedure) =>
  procedure.steps.flatMap((step): DefectPlan[] => {
    const actors = step.actors.map((actor) => actor.trim()).filter((actor) => actor !== "");
    if (!isWorkingStep(step) || actors.length === 0) return [];
    return [
      {
        kind: "actor-missing",
        ruleId: "step-responsible-required",
        spots: [stepSpot(step.id)],
        stepId: step.id,
        at: { step: step.id },
        reportedAt: { step: step.id },
        apply: (copy) => {
          stepById(copy.steps, step.id).actors = [];
        },
        describe: (messages) => ({
          what: messages.actorMissing(step.id),
          fix: messages.actorMissingFix(actors.join(", ")),
        }),
      },
    ];
  });
