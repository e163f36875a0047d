/** A "label: value" pair split from one line. */
export interface Labelled {
  label: string;
  value: string;
}

/** Separators in order of preference: a colon wins over a dash ("Công chức Tư pháp – Hộ tịch: …"). */
const SEPARATORS = [/\s*:\s*/u, /\s+[–—-]\s+/u, /\s*=\s*/u];

/**
 * Splits "TERM: meaning", "TERM – meaning", "TERM - meaning" or "TERM = meaning" at the first
 * colon, else the first dash or equals sign; `undefined` when there is none or the label is empty.
 */
export function splitLabelled(text: string): Labelled | undefined {
  const match = SEPARATORS.map((separator) => separator.exec(text)).find(
    (found) => found !== null && found.index > 0,
  );
  if (!match) return undefined;
  const label = text.slice(0, match.index).trim();
  const value = text.slice(match.index + match[0].length).trim();
  return label ? { label, value } : undefined;
}
