import type { WordBlock } from "@quytrinh/docx";
import type { Exercise } from "../exercise.js";
import type { ExerciseMessages } from "../messages/exercise-messages.js";

/** What a handler needs besides the exercise. */
export interface HandlerContext {
  messages: ExerciseMessages;
  /** Name of the separate procedure file, for kinds that hand one out ("errors"). */
  procedureFile: string;
}

/** The kind-specific part of the handout and of the answer key (one handler per kind). */
export interface KindHandler {
  /** The material trainees work on, after the title and the instructions. */
  handout(exercise: Exercise, context: HandlerContext): WordBlock[];
  /** The answers, after the answer key's title. */
  answerKey(exercise: Exercise, context: HandlerContext): WordBlock[];
  /** Whether the kind also hands out the whole procedure as its own Word file. */
  procedureFile: boolean;
}
