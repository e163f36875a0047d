import type { Procedure, Step } from "@quytrinh/core";

/** Fewest steps an order or blanks exercise is made of: with fewer there is nothing to choose. */
export const MIN_EXERCISE_STEPS = 3;

/** The steps a trainee works on: every step but the start and end terminals, in procedure order. */
export function exerciseSteps(procedure: Pick<Procedure, "steps">): Step[] {
  return procedure.steps.filter((step) => step.kind !== "start" && step.kind !== "end");
}

/** A step's work text as trainees read it: NFC, trimmed, runs of white space made one space. */
export function actionText(step: Pick<Step, "action">): string {
  return step.action.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** A step's actors, NFC and trimmed, empty ones left out. */
export function actorNames(step: Pick<Step, "actors">): string[] {
  return step.actors.map((actor) => actor.normalize("NFC").trim()).filter((actor) => actor !== "");
}
