import type { Language, Procedure } from "@quytrinh/core";
import type { AnswerItem, Exercise } from "../exercise.js";
import type { InjectDefectsOptions } from "./defect-kind.js";
import { type InjectDefectsResult, injectDefects } from "./inject-defects.js";
import { errorsMessages } from "./messages/errors-messages.js";

/**
 * The "find the non-conformities" exercise: the procedure with seeded defects, and an answer key
 * that says what each defect is, where, how to fix it and which rule reports it. Deterministic for a
 * seed. Throws a `RangeError` when the procedure allows fewer kinds of defect than asked for
 * (`errorsProblems` says so as a diagnostic instead).
 */
export function errorsExercise(procedure: Procedure, options: InjectDefectsOptions): Exercise {
  const lang = options.lang ?? procedure.control.language ?? "vi";
  return exerciseOfDefects(procedure, injectDefects(procedure, { ...options, lang }), {
    seed: options.seed,
    lang,
  });
}

/** The "errors" exercise around defects already injected into `procedure`. */
export function exerciseOfDefects(
  procedure: Procedure,
  injected: InjectDefectsResult,
  options: { seed: number; lang: Language },
): Exercise {
  const { lang } = options;
  const messages = errorsMessages(lang);
  const title = procedure.control.title;
  const answers = injected.defects.map(
    (defect, index): AnswerItem => ({
      number: index + 1,
      what: defect.what,
      where: defect.where,
      fix: defect.fix,
      ...(defect.stepId === undefined ? {} : { stepId: defect.stepId }),
      ...(defect.place === undefined ? {} : { place: defect.place }),
      ruleIds: [defect.ruleId],
    }),
  );
  return {
    kind: "errors",
    seed: options.seed,
    lang,
    title: messages.title(title),
    instructions: messages.instructions(title, answers.length),
    procedure: injected.procedure,
    answers,
  };
}
