import { foldText } from "../validate/fold-text.js";

/**
 * The key two spellings of one document number share: `123/2015/NĐ-CP`, `123/2015/nđ-cp` and
 * `123 / 2015 / ND-CP` all become `123/2015/ND-CP`.
 */
export function legalNumberKey(number: string): string {
  return foldText(number).replace(/\s+/gu, "").toUpperCase();
}
