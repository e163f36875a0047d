import type { Diagnostic, Procedure } from "@quytrinh/core";
import { blanksExercise } from "./blanks/blanks-exercise.js";
import type { InjectDefectsOptions } from "./errors/defect-kind.js";
import { exerciseOfDefects } from "./errors/errors-exercise.js";
import { shortfallDiagnostic } from "./errors/errors-problems.js";
import { tryInjectDefects } from "./errors/inject-defects.js";
import type { Exercise, ExerciseKind } from "./exercise.js";
import type { BlanksExerciseOptions } from "./exercise-options.js";
import { exerciseProblems } from "./exercise-problems.js";
import { orderExercise } from "./order/order-exercise.js";

/**
 * Options of `createExercise`: those of every kind; each kind reads the ones it knows (`count` is
 * the number of blanks for "blanks" and of defects for "errors"; "order" ignores it).
 */
export type CreateExerciseOptions = BlanksExerciseOptions &
  Pick<InjectDefectsOptions, "kinds" | "registry" | "today">;

/** An exercise, or the error diagnostics that say why this procedure cannot make one. */
export type ExerciseResult =
  | { exercise: Exercise; diagnostics: Diagnostic[] }
  | { exercise?: undefined; diagnostics: Diagnostic[] };

/**
 * Makes an exercise of the given kind. Problems that make it impossible (too few steps, too many
 * blanks or defects, repeated step ids) come back as diagnostics, never as exceptions.
 * Deterministic: the same procedure, kind and options always give a deep-equal exercise.
 */
export function createExercise(
  procedure: Procedure,
  kind: ExerciseKind,
  options: CreateExerciseOptions,
): ExerciseResult {
  const lang = options.lang ?? procedure.control.language ?? "vi";
  const resolved = { ...options, lang };
  if (kind === "errors") {
    // One injection serves both the check and the exercise: it round-trips through Markdown.
    const injected = tryInjectDefects(procedure, resolved);
    if ("asked" in injected) return { diagnostics: [shortfallDiagnostic(injected, lang)] };
    return { exercise: exerciseOfDefects(procedure, injected, resolved), diagnostics: [] };
  }
  const problems = exerciseProblems(procedure, kind, resolved);
  if (problems.length > 0) return { diagnostics: problems };
  const exercise =
    kind === "order" ? orderExercise(procedure, resolved) : blanksExercise(procedure, resolved);
  return { exercise, diagnostics: [] };
}
