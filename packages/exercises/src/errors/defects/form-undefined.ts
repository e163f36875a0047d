import type { Procedure } from "@quytrinh/core";
import type { DefectPlan, DefectPlanner } from "../defect-plan.js";
import { isWorkingStep, stepById, stepSpot } from "./working-step.js";

/** A form code as people compare them: `BM 03`, `bm-03` and `BM03` are one code. */
const codeKey = (code: string) => code.replace(/[\s.\-_]+/gu, "").toUpperCase();

/** The first one-stop form code (`BM01` … `BM99`) the forms section does not define. */
function undefinedCode(procedure: Procedure): string | undefined {
  const defined = new Set(
    procedure.forms.flatMap((form) => [codeKey(form.code), codeKey(form.name)]),
  );
  for (let number = 1; number < 100; number++) {
    const code = `BM${String(number).padStart(2, "0")}`;
    if (!defined.has(code)) return code;
  }
  return undefined;
}

/**
 * A step that uses a form the forms section does not list (a new one-stop form added to the row
 * but never to section 6). Reported by `form-defined`.
 */
export const planFormUndefined: DefectPlanner = (procedure) => {
  const code = undefinedCode(procedure);
  if (code === undefined) return [];
  return procedure.steps.flatMap((step): DefectPlan[] => {
    if (!isWorkingStep(step) || step.outputs.some((output) => codeKey(output) === code)) return [];
    return [
      {
        kind: "form-undefined",
        ruleId: "form-defined",
        spots: [stepSpot(step.id)],
        stepId: step.id,
        at: { step: step.id },
        reportedAt: { step: step.id },
        apply: (copy) => {
          stepById(copy.steps, step.id).outputs.push(code);
        },
        describe: (messages) => ({
          what: messages.formUndefined(step.id, code),
          fix: messages.formUndefinedFix(step.id, code),
        }),
      },
    ];
  });
};
