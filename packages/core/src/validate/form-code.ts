import type { Form } from "../model/sections.js";
import { foldText } from "./fold-text.js";

const BM_CODE = /^(?:[\p{L}\p{N}]+[.\-_])*BM[A-Z]?[\s.\-_]?\d+[a-z]?(?:[.\-_][\p{L}\p{N}]+)*$/iu;
const MAU_CODE = /^Mẫu\s*(?:số\s*)?\d+[a-z]?$/iu;

/** The key two spellings of one form code share: `BM 01`, `bm-01` and `BM01` all become `BM01`. */
export function formCodeKey(code: string): string {
  return foldText(code)
    .replace(/[\s.\-_]+/gu, "")
    .toUpperCase();
}

/**
 * Whether a step output looks like a form code rather than a result: `BM01`, `BM 02`, `QT.ISO-22-BM02`,
 * `BMT-42-01-08`, `Mẫu 01`, `Mẫu số 02a`.
 */
export function looksLikeFormCode(text: string): boolean {
  const clean = text.normalize("NFC").trim();
  return BM_CODE.test(clean) || MAU_CODE.test(clean);
}

/** The defined form a step output names: by code (any spelling) or by its full name. */
export function findForm(forms: readonly Form[], output: string): Form | undefined {
  const key = formCodeKey(output);
  const folded = foldText(output);
  return forms.find((form) => formCodeKey(form.code) === key || foldText(form.name) === folded);
}
