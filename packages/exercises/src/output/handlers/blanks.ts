import { flowchartParagraphs } from "@quytrinh/docx";
import {
  bodyParagraph,
  headingParagraph,
  listParagraph,
  TEXT_WIDTH,
  textTable,
} from "../docx-blocks.js";
import { docxStepLabels } from "../docx-step-labels.js";
import type { KindHandler } from "../kind-handler.js";
import { wordBankLetter } from "../word-bank-letter.js";

const ANSWER_WIDTHS = [1600, TEXT_WIDTH - 1600];
const KEY_WIDTHS = [1300, 900, 900, TEXT_WIDTH - 3100];

/** "blanks": the flowchart with numbered blanks, the word bank and an answer table to fill. */
export const blanks: KindHandler = {
  procedureFile: false,
  handout(exercise, { messages }) {
    return [
      headingParagraph(messages.flowchartHeading),
      ...flowchartParagraphs(exercise.procedure, {
        lang: exercise.lang,
        stepLabels: docxStepLabels(exercise),
      }),
      headingParagraph(messages.wordBankHeading),
      ...(exercise.wordBank ?? []).map((entry, index, bank) =>
        listParagraph(`${wordBankLetter(index)})`, entry, index < bank.length - 1),
      ),
      headingParagraph(messages.answersHeading),
      textTable(
        ANSWER_WIDTHS,
        [messages.blankColumn, messages.fillColumn],
        exercise.answers.map((answer) => [`(${answer.number})`, ""]),
        true,
      ),
      bodyParagraph(""),
    ];
  },
  answerKey(exercise, { messages }) {
    const bank = exercise.wordBank ?? [];
    return [
      headingParagraph(messages.keyHeading),
      textTable(
        KEY_WIDTHS,
        [messages.blankColumn, messages.stepColumn, messages.bankLetterColumn, messages.fillColumn],
        exercise.answers.map((answer) => [
          `(${answer.number})`,
          answer.stepId ?? answer.where,
          `${wordBankLetter(bank.indexOf(answer.fix))})`,
          answer.fix,
        ]),
      ),
      headingParagraph(messages.rightFlowchartHeading),
      ...flowchartParagraphs(exercise.procedure, { lang: exercise.lang }),
    ];
  },
};
