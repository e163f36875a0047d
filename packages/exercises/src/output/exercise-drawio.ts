import { toDrawio } from "@quytrinh/drawio";
import type { Exercise } from "../exercise.js";
import { exerciseMessages } from "../messages/exercise-messages.js";
import { withDrawioCards } from "./drawio-cards.js";

/**
 * The exercise as an uncompressed draw.io file trainees open and edit: the empty frame and the
 * cards to drag into it ("order", without durations, which would give the order away), the
 * flowchart with numbered blanks ("blanks"), or the defective flowchart to fix ("errors").
 */
export function exerciseDrawio(exercise: Exercise): string {
  const xml = toDrawio(exercise.procedure, {
    lang: exercise.lang,
    title: exercise.title,
    showDurations: exercise.kind !== "order",
    ...(exercise.flowchartLabels ? { labels: { steps: exercise.flowchartLabels } } : {}),
  });
  if (!exercise.cards) return xml;
  return withDrawioCards(xml, exercise.cards, exerciseMessages(exercise.lang).drawioCardsHint);
}
