import type { Language } from "@quytrinh/core";
import { en } from "./en.js";
import { vi } from "./vi.js";

/** Every word an exercise, its handout and its answer key add to the procedure, in one language. */
export interface ExerciseMessages {
  orderTitle: (procedure: string) => string;
  orderInstructions: (procedure: string, cards: number) => string[];
  blanksTitle: (procedure: string) => string;
  blanksInstructions: (procedure: string, blanks: number) => string[];
  /** "Ô B1": a box of the frame, named by its step id. */
  box: (stepId: string) => string;
  /** "Chỗ trống (2)". */
  blank: (number: number) => string;
  /** "Bước B3". */
  step: (stepId: string) => string;
  answerKeyTitle: (title: string) => string;
  handoutHeading: string;
  cardsHeading: string;
  frameHeading: string;
  flowchartHeading: string;
  wordBankHeading: string;
  answersHeading: string;
  nameLine: string;
  cardColumn: string;
  actionColumn: string;
  actorsColumn: string;
  boxColumn: string;
  answerCardColumn: string;
  blankColumn: string;
  stepColumn: string;
  fillColumn: string;
  whatColumn: string;
  whereColumn: string;
  fixColumn: string;
  noActor: string;
  tooFewSteps: (kind: string, found: number, needed: number) => string;
  tooFewStepsFix: string;
  tooManyBlanks: (asked: number, available: number) => string;
  tooManyBlanksFix: (available: number) => string;
  duplicateStepId: (id: string) => string;
  duplicateStepIdFix: string;
  emptyAction: (id: string) => string;
  emptyActionFix: string;
  /** "Mã đề: blanks-1", printed on the handout and the key so they can be matched. */
  variant: (kind: string, seed: number) => string;
  fileHandout: string;
  fileAnswerKey: string;
  fileProcedure: string;
  procedureFileNote: (file: string) => string;
  errorsCountLine: (count: number) => string;
  numberColumn: string;
  keyHeading: string;
  bankLetterColumn: string;
  rightFlowchartHeading: string;
  /** Above the cards in the draw.io file. */
  drawioCardsHint: string;
  /** "Thứ tự đúng: B – F – D…", the whole answer of "order" on one line. */
  rightOrderLine: (labels: readonly string[]) => string;
  kindName: Record<"order" | "blanks" | "errors", string>;
}

/** The messages of one language (`vi` by default). */
export function exerciseMessages(lang: Language = "vi"): ExerciseMessages {
  return lang === "en" ? en : vi;
}
