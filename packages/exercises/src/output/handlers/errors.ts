import { flowchartParagraphs } from "@quytrinh/docx";
import { bodyParagraph, headingParagraph, TEXT_WIDTH, textTable } from "../docx-blocks.js";
import type { KindHandler } from "../kind-handler.js";

const KEY_WIDTHS = [600, 3300, 1900, TEXT_WIDTH - 5800];

/**
 * "errors": the defective flowchart to review (the whole defective procedure goes in its own file,
 * as an official would receive it); the key lists each defect, where it is and the fix.
 */
export const errors: KindHandler = {
  procedureFile: true,
  handout(exercise, { messages, procedureFile }) {
    return [
      bodyParagraph(messages.procedureFileNote(procedureFile)),
      headingParagraph(messages.flowchartHeading),
      ...flowchartParagraphs(exercise.procedure, { lang: exercise.lang }),
    ];
  },
  answerKey(exercise, { messages }) {
    return [
      bodyParagraph(messages.errorsCountLine(exercise.answers.length)),
      textTable(
        KEY_WIDTHS,
        [messages.numberColumn, messages.whatColumn, messages.whereColumn, messages.fixColumn],
        exercise.answers.map((answer) => [
          String(answer.number),
          answer.what,
          answer.where,
          answer.fix,
        ]),
      ),
    ];
  },
};
