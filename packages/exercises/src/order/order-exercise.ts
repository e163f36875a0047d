import type { Procedure } from "@quytrinh/core";
import { assertFeasible } from "../assert-feasible.js";
import { cardLabel } from "../card-label.js";
import type { AnswerItem, Exercise, StepCard } from "../exercise.js";
import type { BaseExerciseOptions } from "../exercise-options.js";
import { actionText, actorNames, exerciseSteps } from "../exercise-steps.js";
import { exerciseMessages } from "../messages/exercise-messages.js";
import { seededRandom } from "../seeded-random.js";
import { shuffledAway } from "../shuffled-away.js";

/**
 * The "order" exercise: the steps (not the start and end terminals) as cards A, B, C… in a
 * seeded shuffle, each with its work and actors, to be placed in a frame of empty boxes B1, B2…
 * The answer key gives, box by box, the step's work (`what`) and the right card's label (`fix`). Throws a `RangeError` when the procedure
 * cannot make one (see `exerciseProblems`).
 */
export function orderExercise(procedure: Procedure, options: BaseExerciseOptions): Exercise {
  const lang = options.lang ?? procedure.control.language ?? "vi";
  assertFeasible(procedure, "order", { lang });
  const messages = exerciseMessages(lang);
  const steps = exerciseSteps(procedure);
  const shuffled = shuffledAway(seededRandom(options.seed), steps);
  const labelOf = new Map(shuffled.map((step, index) => [step.id, cardLabel(index)]));
  const cards: StepCard[] = shuffled.map((step, index) => ({
    label: cardLabel(index),
    action: actionText(step),
    actors: actorNames(step),
  }));
  const answers: AnswerItem[] = steps.map((step, index) => ({
    number: index + 1,
    what: actionText(step),
    where: messages.box(step.id),
    fix: labelOf.get(step.id) ?? "",
    stepId: step.id,
    ...(step.place ? { place: step.place } : {}),
  }));
  const title = procedure.control.title.normalize("NFC").trim();
  return {
    kind: "order",
    seed: options.seed,
    lang,
    title: messages.orderTitle(title),
    instructions: messages.orderInstructions(title, cards.length),
    procedure,
    flowchartLabels: new Map(steps.map((step) => [step.id, ""])),
    cards,
    answers,
  };
}
