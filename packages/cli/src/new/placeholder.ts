import type { Language } from "@quytrinh/core";

const LABEL: Record<Language, string> = { vi: "điền", en: "fill in" };

/**
 * A visible blank for the author, `[[điền: tên cơ quan]]` (`[[fill in: …]]` in English), in the
 * syntax core's `placeholder-unfilled` rule reports until it is replaced.
 */
export function placeholder(hint: string, lang: Language): string {
  return `[[${LABEL[lang]}: ${hint}]]`;
}

/** How many placeholders of `lang` a text holds. */
export function countPlaceholders(text: string, lang: Language): number {
  return text.split(`[[${LABEL[lang]}: `).length - 1;
}
