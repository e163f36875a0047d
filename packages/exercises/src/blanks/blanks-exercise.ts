import type { Procedure } from "@quytrinh/core";
import { assertFeasible } from "../assert-feasible.js";
import type { AnswerItem, Exercise } from "../exercise.js";
import type { BlanksExerciseOptions } from "../exercise-options.js";
import { actionText, exerciseSteps } from "../exercise-steps.js";
import { exerciseMessages } from "../messages/exercise-messages.js";
import { seededRandom } from "../seeded-random.js";
import { shuffledAway } from "../shuffled-away.js";
import { defaultBlankCount } from "./blank-count.js";

/**
 * The "blanks" exercise: K step texts, chosen with the seed among the steps that have one (never
 * the start or end terminals), become "(1)", "(2)"… in flowchart order, and their texts form a
 * shuffled word bank. The answer key maps each number to its text. Throws a `RangeError` when
 * the procedure cannot make one or `count` is too large (see `exerciseProblems`).
 */
export function blanksExercise(procedure: Procedure, options: BlanksExerciseOptions): Exercise {
  const lang = options.lang ?? procedure.control.language ?? "vi";
  if (options.count !== undefined && !(Number.isInteger(options.count) && options.count >= 1)) {
    throw new TypeError(
      `blanksExercise: \`count\` must be a whole number ≥ 1, not ${options.count}`,
    );
  }
  assertFeasible(procedure, "blanks", {
    lang,
    ...(options.count === undefined ? {} : { count: options.count }),
  });
  const messages = exerciseMessages(lang);
  const candidates = exerciseSteps(procedure).filter((step) => actionText(step) !== "");
  const random = seededRandom(options.seed);
  const count = options.count ?? defaultBlankCount(candidates.length);
  const chosen = new Set(random.sample(candidates, count));
  const blanked = candidates.filter((step) => chosen.has(step));
  const answers: AnswerItem[] = blanked.map((step, index) => ({
    number: index + 1,
    what: messages.blank(index + 1),
    where: messages.step(step.id),
    fix: actionText(step),
    stepId: step.id,
    ...(step.place ? { place: step.place } : {}),
  }));
  const title = procedure.control.title.normalize("NFC").trim();
  return {
    kind: "blanks",
    seed: options.seed,
    lang,
    title: messages.blanksTitle(title),
    instructions: messages.blanksInstructions(title, blanked.length),
    procedure,
    flowchartLabels: new Map(answers.map((answer) => [answer.stepId ?? "", `(${answer.number})`])),
    wordBank: shuffledAway(
      random,
      answers.map((answer) => answer.fix),
    ),
    answers,
  };
}
