import type { Procedure } from "@quytrinh/core";
import type { DefectPlan, DefectPlanner } from "../defect-plan.js";
import { isWorkingStep, stepById, stepSpot } from "./working-step.js";

/** Bodies dissolved by the 2025 two-tier reform, the names an outdated template still carries. */
const DISSOLVED = {
  vi: ["UBND huyện", "Phòng Tư pháp huyện", "Chủ tịch UBND huyện"],
  en: ["District People's Committee", "District Justice Division"],
};

/** The applicant and other people outside the administration, whom no district body replaces. */
const CITIZEN = /^(người yêu cầu|người nộp|công dân|cá nhân|tổ chức|applicant|citizen)/iu;

const fold = (text: string) => text.normalize("NFC").trim().toLowerCase();

/** The commune-level actor written at district level ("Chủ tịch UBND xã" → "Chủ tịch UBND huyện"), or a dissolved body. */
function dissolvedActor(procedure: Procedure, actor: string): string | undefined {
  const taken = new Set([
    ...procedure.responsibilities.map((item) => fold(item.actor)),
    ...procedure.definitions.map((item) => fold(item.term)),
  ]);
  const lang = procedure.control.language;
  const renamed =
    lang === "vi" ? actor.replace(/(?<![\p{L}\p{N}])(xã|phường)(?![\p{L}\p{N}])/u, "huyện") : actor;
  const choices = renamed === actor ? DISSOLVED[lang] : [renamed, ...DISSOLVED[lang]];
  return choices.find((choice) => !taken.has(fold(choice)));
}

/**
 * A step of the administration given to an actor the responsibilities section does not define: a
 * district body left over from before the two-tier reform. Reported by `actor-defined`.
 */
export const planActorUndefined: DefectPlanner = (procedure) => {
  if (procedure.responsibilities.length === 0) return [];
  return procedure.steps.flatMap((step): DefectPlan[] => {
    const actor = step.actors[0]?.trim();
    if (!isWorkingStep(step) || !actor || CITIZEN.test(actor)) return [];
    const wrong = dissolvedActor(procedure, actor);
    if (wrong === undefined) return [];
    return [
      {
        kind: "actor-undefined",
        ruleId: "actor-defined",
        spots: [stepSpot(step.id)],
        stepId: step.id,
        at: { step: step.id },
        reportedAt: { step: step.id },
        apply: (copy) => {
          const target = stepById(copy.steps, step.id);
          target.actors = [wrong, ...target.actors.slice(1)];
        },
        describe: (messages) => ({
          what: messages.actorUndefined(step.id, wrong),
          fix: messages.actorUndefinedFix(actor),
        }),
      },
    ];
  });
};
