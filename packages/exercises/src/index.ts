export { blanksExercise } from "./blanks/blanks-exercise.js";
export {
  type CreateExerciseOptions,
  createExercise,
  type ExerciseResult,
} from "./create-exercise.js";
export * from "./errors/index.js";
export * from "./errors/index.js";
export type * from "./exercise.js";
export { EXERCISE_FORMATS, type ExerciseFormat } from "./exercise-formats.js";
export type { BaseExerciseOptions, BlanksExerciseOptions } from "./exercise-options.js";
export {
  EXERCISE_SOURCE,
  type ExerciseProblemOptions,
  exerciseProblems,
} from "./exercise-problems.js";
export { exerciseSteps, MIN_EXERCISE_STEPS } from "./exercise-steps.js";
export { type ExerciseMessages, exerciseMessages } from "./messages/exercise-messages.js";
export { orderExercise } from "./order/order-exercise.js";
export { answerKeyDocument } from "./output/answer-key-docx.js";
export { exerciseDrawio } from "./output/exercise-drawio.js";
export { exerciseJson } from "./output/exercise-json.js";
export { exerciseMermaid } from "./output/exercise-mermaid.js";
export { type HandoutOptions, handoutDocument } from "./output/handout-docx.js";
export {
  type ExerciseFile,
  type WriteExerciseOptions,
  type WrittenExercise,
  writeExercise,
} from "./output/write-exercise.js";
export { type SeededRandom, seededRandom } from "./seeded-random.js";
