import type { Language } from "@quytrinh/core";

/** Options every kind of exercise takes. */
export interface BaseExerciseOptions {
  /** Chooses the shuffles and the blanks: the same seed always gives the same exercise. A safe integer. */
  seed: number;
  /** Language of the added words (title, instructions, answer key). Default: the procedure's, else `vi`. */
  lang?: Language;
}

/** Options of `blanksExercise`. */
export interface BlanksExerciseOptions extends BaseExerciseOptions {
  /** How many step texts to blank. Default: about a third of the steps, at least 3. */
  count?: number;
}
