import type { Language, Place, Procedure } from "@quytrinh/core";

/** The three kinds of classroom exercise. */
export type ExerciseKind = "order" | "blanks" | "errors";

/** A step as a card for the "order" exercise: what the trainee puts in place. */
export interface StepCard {
  /** Letter or number printed on the card ("A", "B", …); the answer key maps it back. */
  label: string;
  action: string;
  actors: string[];
}

/** One line of the answer key: what is wrong or missing, where, and how to fix it. */
export interface AnswerItem {
  /** 1-based, in the order the trainer reads them out. */
  number: number;
  /** What the trainee should find or fill ("Bước B3 thiếu người thực hiện"). */
  what: string;
  /** Where it is, in words an official uses ("Bước B3", "Mục 5.1 Cơ sở pháp lý"). */
  where: string;
  /** The correct text or the change to make. */
  fix: string;
  /** The step it concerns, when it concerns one. */
  stepId?: string;
  /** Where it is in the procedure's Markdown, when known. */
  place?: Place;
  /** Validation rules that report it (errors exercise), for the self-check. */
  ruleIds?: string[];
}

/**
 * A generated exercise: everything a handout, an answer key, a flowchart image or a draw.io file
 * is drawn from. The same procedure, kind and seed always give the same exercise.
 */
export interface Exercise {
  kind: ExerciseKind;
  seed: number;
  lang: Language;
  /** Heading of the handout ("Bài tập: sắp xếp các bước — Đăng ký khai sinh"). */
  title: string;
  /** Instructions for trainees, one paragraph each. */
  instructions: string[];
  /** The procedure as trainees see it: for "errors", the copy with the injected defects. */
  procedure: Procedure;
  /** Step texts that replace the procedure's own in the flowchart ("(1)", "(2)" for blanks), by step id. */
  flowchartLabels?: ReadonlyMap<string, string>;
  /** The shuffled step cards ("order"). */
  cards?: StepCard[];
  /** The shuffled words to fill the blanks with ("blanks"). */
  wordBank?: string[];
  /** The answer key. */
  answers: AnswerItem[];
}
