import { END } from "@quytrinh/core";
import { foldLabel } from "../vocabulary/fold-label.js";

const END_WORDS = new Set(["ket thuc", "ket thuc quy trinh", "end", "finish", "stop"]);
const NUMBER_ONLY = /^0*(\d+)$/u;
const STEP_WORD = /^(?:bước|step)\s*0*(\d+\S*)$/iu;
const ID_LIKE = /^[A-Za-z]{0,3}\d+[A-Za-z0-9.]*$/u;

/** A step id as the format writes it: "3", "03" and "Bước 3" become `B3`; others stay as written. */
export function normaliseStepId(text: string): string {
  const trimmed = text.trim().replace(/[.:]+$/u, "");
  const number = NUMBER_ONLY.exec(trimmed);
  if (number) return `B${number[1]}`;
  const word = STEP_WORD.exec(trimmed);
  if (word) return `B${word[1]}`;
  return trimmed;
}

/** A branch target: a step id, or `END` for "Kết thúc" / "End". `undefined` if it is neither. */
export function readTarget(text: string): string | undefined {
  const trimmed = text.trim().replace(/[.;,]+$/u, "");
  if (END_WORDS.has(foldLabel(trimmed))) return END;
  const id = normaliseStepId(trimmed);
  return ID_LIKE.test(id) ? id : undefined;
}
