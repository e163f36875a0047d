import { quytrinhDocument, type WordDocument } from "@quytrinh/docx";
import type { Exercise } from "../exercise.js";
import { exerciseMessages } from "../messages/exercise-messages.js";
import { bodyParagraph, titleParagraph } from "./docx-blocks.js";
import { KIND_HANDLERS } from "./handlers/kind-handlers.js";

/**
 * The trainer's answer key as a Word document in the quytrinh look: its title, the version line
 * that matches the handout's, then the answers of the kind (and the right flowchart where there is
 * one). Pack it with `packDocx`.
 */
export function answerKeyDocument(exercise: Exercise): WordDocument {
  const messages = exerciseMessages(exercise.lang);
  const title = messages.answerKeyTitle(exercise.title);
  return quytrinhDocument(
    [
      titleParagraph(title),
      bodyParagraph(messages.variant(exercise.kind, exercise.seed), true),
      ...KIND_HANDLERS[exercise.kind].answerKey(exercise, { messages, procedureFile: "" }),
    ],
    { lang: exercise.lang, title },
  );
}
