import type { Diagnostic, Language, Place, Procedure } from "@quytrinh/core";
import { actionText, exerciseSteps, MIN_EXERCISE_STEPS } from "./exercise-steps.js";
import { exerciseMessages } from "./messages/exercise-messages.js";

/** The `source` of the diagnostics this package produces. */
export const EXERCISE_SOURCE = "quytrinh-exercises";

/** What `exerciseProblems` needs to know besides the procedure. */
export interface ExerciseProblemOptions {
  /** Number of blanks asked for ("blanks"); absent: the default. */
  count?: number;
  /** Language of the messages. Default `vi`. */
  lang?: Language;
}

function problem(init: {
  ruleId: string;
  reason: string;
  expected: string;
  place: Place | undefined;
  actual?: string;
}): Diagnostic {
  const { place, ...rest } = init;
  return { source: EXERCISE_SOURCE, severity: "error", ...rest, ...(place ? { place } : {}) };
}

/**
 * Why an "order" or "blanks" exercise cannot be made from this procedure, as error diagnostics
 * (empty when it can): repeated step ids, too few steps, a card without text, too many blanks.
 */
export function exerciseProblems(
  procedure: Procedure,
  kind: "order" | "blanks",
  options: ExerciseProblemOptions = {},
): Diagnostic[] {
  const messages = exerciseMessages(options.lang);
  const problems: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const step of procedure.steps) {
    if (seen.has(step.id)) {
      problems.push(
        problem({
          ruleId: "exercise-step-id-unique",
          reason: messages.duplicateStepId(step.id),
          expected: messages.duplicateStepIdFix,
          actual: step.id,
          place: step.place,
        }),
      );
    }
    seen.add(step.id);
  }
  const steps = exerciseSteps(procedure);
  const usable = kind === "order" ? steps : steps.filter((step) => actionText(step) !== "");
  if (usable.length < MIN_EXERCISE_STEPS) {
    problems.push(
      problem({
        ruleId: "exercise-too-few-steps",
        reason: messages.tooFewSteps(messages.kindName[kind], usable.length, MIN_EXERCISE_STEPS),
        expected: messages.tooFewStepsFix,
        actual: String(usable.length),
        place: procedure.sectionPlaces?.steps,
      }),
    );
    return problems;
  }
  if (kind === "order") {
    for (const step of steps.filter((candidate) => actionText(candidate) === "")) {
      problems.push(
        problem({
          ruleId: "exercise-step-action-required",
          reason: messages.emptyAction(step.id),
          expected: messages.emptyActionFix,
          place: step.place,
        }),
      );
    }
  }
  if (kind === "blanks" && options.count !== undefined && options.count > usable.length) {
    problems.push(
      problem({
        ruleId: "exercise-too-many-blanks",
        reason: messages.tooManyBlanks(options.count, usable.length),
        expected: messages.tooManyBlanksFix(usable.length),
        actual: String(options.count),
        place: procedure.sectionPlaces?.steps,
      }),
    );
  }
  return problems;
}
