import { MIN_EXERCISE_STEPS } from "../exercise-steps.js";

/** The default number of blanks for `available` steps: about a third, at least 3, at most all. */
export function defaultBlankCount(available: number): number {
  return Math.min(available, Math.max(MIN_EXERCISE_STEPS, Math.round(available / 3)));
}
