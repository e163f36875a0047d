import {
  flowEdges,
  type Procedure,
  type RuleSetting,
  ruleIds,
  type Step,
  validate,
} from "@quytrinh/core";
import type { DefectPlan, DefectPlanner } from "../defect-plan.js";
import { stepById, stepSpot } from "./working-step.js";

const RULE = "step-phase-order";
const ONLY_RULE: Record<string, RuleSetting> = Object.fromEntries(
  ruleIds.map((id) => [id, id === RULE ? "error" : "off"]),
);

/** The contents of a row that move when an official swaps two rows but keeps the numbering. */
type RowContent = Pick<Step, "action" | "actors" | "duration" | "outputs" | "notes" | "extra">;

function contentOf(step: Step): RowContent {
  const { action, actors, duration, outputs, notes, extra } = structuredClone(step);
  return { action, actors, duration, outputs, notes, extra };
}

function putContent(step: Step, content: RowContent): void {
  const { duration, notes, extra, ...always } = content;
  Object.assign(step, always);
  for (const [key, value] of Object.entries({ duration, notes, extra })) {
    if (value === undefined) delete step[key as keyof RowContent];
    else Object.assign(step, { [key]: value });
  }
}

/** Swaps what steps `first` and `second` say; ids, kinds and branches stay where they are. */
function swapContents(procedure: Procedure, first: string, second: string): void {
  const a = stepById(procedure.steps, first);
  const b = stepById(procedure.steps, second);
  const content = contentOf(a);
  putContent(a, contentOf(b));
  putContent(b, content);
}

/** The indexes of the steps `step-phase-order` reports, read from a copy placed one step per line. */
function reportedSteps(procedure: Procedure): Set<number> {
  const lined = {
    ...procedure,
    steps: procedure.steps.map((step, index) => ({
      ...step,
      place: { start: { line: index + 1, column: 1 }, end: { line: index + 1, column: 2 } },
    })),
  };
  return new Set(
    validate(lined, { rules: ONLY_RULE }).map(
      (diagnostic) => (diagnostic.place?.start.line ?? 0) - 1,
    ),
  );
}

/**
 * Two steps that follow each other in the flow swapped while the numbering stays ("Trả kết quả" now comes before
 * "Ký"). Only swaps that make `step-phase-order` report a step it did not report before are planned,
 * so the phases stay the rule's alone; the newly reported step is where the defect is.
 */
export const planStepOutOfOrder: DefectPlanner = (procedure) => {
  const steps = procedure.steps;
  if (new Set(steps.map((step) => step.id)).size !== steps.length) return [];
  const index = new Map(steps.map((step, position) => [step.id, position]));
  const before = reportedSteps(procedure);
  return flowEdges(procedure).flatMap((edge): DefectPlan[] => {
    const i = index.get(edge.from);
    const j = index.get(edge.to);
    const first = i === undefined ? undefined : steps[i];
    const second = j === undefined ? undefined : steps[j];
    if (first?.kind !== "process" || second?.kind !== "process" || first === second) return [];
    const trial = {
      ...procedure,
      steps: steps.map((step) => (step === first || step === second ? { ...step } : step)),
    };
    swapContents(trial, first.id, second.id);
    const early = [...reportedSteps(trial)].find(
      (position) => !before.has(position) && (position === i || position === j),
    );
    if (early === undefined) return [];
    const [earlyStep, lateStep] = early === i ? [first, second] : [second, first];
    const { id: earlyId, action: earlyAction } = earlyStep;
    const { id: lateId, action: lateAction } = lateStep;
    return [
      {
        kind: "step-out-of-order",
        ruleId: RULE,
        spots: [stepSpot(first.id), stepSpot(second.id)],
        stepId: earlyId,
        at: { step: earlyId },
        reportedAt: { step: earlyId },
        apply: (copy) => swapContents(copy, first.id, second.id),
        describe: (messages) => ({
          what: messages.outOfOrder(earlyId, lateAction, lateId, earlyAction),
          fix: messages.outOfOrderFix(earlyId, earlyAction, lateId, lateAction),
        }),
      },
    ];
  });
};
