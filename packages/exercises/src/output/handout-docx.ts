import { quytrinhDocument, type WordDocument } from "@quytrinh/docx";
import type { Exercise } from "../exercise.js";
import { exerciseMessages } from "../messages/exercise-messages.js";
import { bodyParagraph, headingParagraph, listParagraph, titleParagraph } from "./docx-blocks.js";
import { KIND_HANDLERS } from "./handlers/kind-handlers.js";

/** Options of `handoutDocument`. */
export interface HandoutOptions {
  /** File name of the separate procedure document, named in the "errors" handout. */
  procedureFile?: string;
}

/**
 * The trainees' handout as a Word document in the quytrinh look: title, version line, a line for
 * the trainee's name, the numbered instructions, then the material of the kind (cards and frame,
 * flowchart with blanks and word bank, or the defective flowchart). Pack it with `packDocx`.
 */
export function handoutDocument(exercise: Exercise, options: HandoutOptions = {}): WordDocument {
  const messages = exerciseMessages(exercise.lang);
  const context = { messages, procedureFile: options.procedureFile ?? "" };
  return quytrinhDocument(
    [
      titleParagraph(exercise.title),
      bodyParagraph(messages.variant(exercise.kind, exercise.seed), true),
      bodyParagraph(messages.nameLine, true),
      headingParagraph(messages.handoutHeading),
      ...exercise.instructions.map((text, index) => listParagraph(`${index + 1}.`, text)),
      ...KIND_HANDLERS[exercise.kind].handout(exercise, context),
    ],
    { lang: exercise.lang, title: exercise.title },
  );
}
