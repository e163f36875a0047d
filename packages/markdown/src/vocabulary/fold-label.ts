const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * A label reduced for matching: lower case, no diacritics (`đ` as `d`), punctuation as single
 * spaces. "MỤC ĐÍCH", "Mục đích:" and "Muc dich" all fold to `muc dich`.
 */
export function foldLabel(text: string): string {
  return text
    .normalize("NFD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(/đ/gu, "d")
    .replace(NOT_WORD, " ")
    .trim();
}

/** A lookup from folded synonyms to their key. */
export function synonymIndex<K extends string>(
  synonyms: Readonly<Record<K, readonly string[]>>,
): ReadonlyMap<string, K> {
  const index = new Map<string, K>();
  for (const key of Object.keys(synonyms) as K[]) {
    for (const label of synonyms[key]) index.set(foldLabel(label), key);
  }
  return index;
}
