/** A heading split into its numbering ("5.3.", "IV -") and its title. */
export interface NumberedHeading {
  /** The numbering as written, without the separator; empty when there is none. */
  number: string;
  /** How many levels the numbering has: 0 without numbering, 2 for "5.3". */
  levels: number;
  title: string;
}

const ARABIC = /^(\d{1,3}(?:\.\d{1,3})*)\.?(?:\s*[.):\-–—]\s*|\s+|$)/u;
const ROMAN = /^([IVXLC]{1,6})(?:\s*[.):\-–—]\s*|\s+(?=\S))/u;

/** Splits a heading's numbering from its title: Arabic ("1.", "5.3.", "5.3") or Roman ("IV -"). */
export function splitHeadingNumber(text: string): NumberedHeading {
  const trimmed = text.trim();
  const arabic = ARABIC.exec(trimmed);
  if (arabic?.[1]) {
    return {
      number: arabic[1],
      levels: arabic[1].split(".").length,
      title: trimmed.slice(arabic[0].length).trim(),
    };
  }
  const roman = ROMAN.exec(trimmed);
  if (roman?.[1]) {
    return { number: roman[1], levels: 1, title: trimmed.slice(roman[0].length).trim() };
  }
  return { number: "", levels: 0, title: trimmed };
}
