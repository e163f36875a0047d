import { flowchartParagraphs } from "@quytrinh/docx";
import { actorNames } from "../../exercise-steps.js";
import { bodyParagraph, headingParagraph, TEXT_WIDTH, textTable } from "../docx-blocks.js";
import { docxStepLabels } from "../docx-step-labels.js";
import type { KindHandler } from "../kind-handler.js";

const CARD_WIDTHS = [1000, TEXT_WIDTH - 4000, 3000];
const KEY_WIDTHS = [900, 1100, TEXT_WIDTH - 4800, 2800];

/** "order": the cards and an empty frame; the key gives the right card for each box. */
export const order: KindHandler = {
  procedureFile: false,
  handout(exercise, { messages }) {
    const cards = exercise.cards ?? [];
    return [
      headingParagraph(messages.cardsHeading),
      textTable(
        CARD_WIDTHS,
        [messages.cardColumn, messages.actionColumn, messages.actorsColumn],
        cards.map((card) => [card.label, card.action, card.actors.join(", ") || messages.noActor]),
      ),
      headingParagraph(messages.frameHeading),
      ...flowchartParagraphs(exercise.procedure, {
        lang: exercise.lang,
        stepLabels: docxStepLabels(exercise),
      }),
    ];
  },
  answerKey(exercise, { messages }) {
    const steps = new Map(exercise.procedure.steps.map((step) => [step.id, step]));
    return [
      headingParagraph(messages.keyHeading),
      bodyParagraph(messages.rightOrderLine(exercise.answers.map((answer) => answer.fix))),
      textTable(
        KEY_WIDTHS,
        [
          messages.boxColumn,
          messages.answerCardColumn,
          messages.actionColumn,
          messages.actorsColumn,
        ],
        exercise.answers.map((answer) => [
          answer.stepId ?? answer.where,
          answer.fix,
          answer.what,
          actorNames(steps.get(answer.stepId ?? "") ?? { actors: [] }).join(", ") ||
            messages.noActor,
        ]),
      ),
      headingParagraph(messages.rightFlowchartHeading),
      ...flowchartParagraphs(exercise.procedure, { lang: exercise.lang }),
    ];
  },
};
