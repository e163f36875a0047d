/** What `writeExercise` can produce. */
export type ExerciseFormat = "docx" | "drawio" | "md" | "svg" | "png" | "json";

/**
 * Every format, in the order files are listed. Also published alone as
 * `@quytrinh/exercises/formats`, so a command line can check `--format` without loading the
 * publishers.
 */
export const EXERCISE_FORMATS: readonly ExerciseFormat[] = [
  "docx",
  "drawio",
  "md",
  "svg",
  "png",
  "json",
];
