import type { Procedure } from "@quytrinh/core";
import { type ExerciseProblemOptions, exerciseProblems } from "./exercise-problems.js";

/**
 * Throws a `RangeError` naming the first problem when the exercise cannot be made: the
 * kind-specific builders are for callers who checked first; `createExercise` returns diagnostics.
 */
export function assertFeasible(
  procedure: Procedure,
  kind: "order" | "blanks",
  options: ExerciseProblemOptions,
): void {
  const [first] = exerciseProblems(procedure, kind, options);
  if (first) throw new RangeError(`${kind}Exercise: ${first.reason}`);
}
