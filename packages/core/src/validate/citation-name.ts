import type { LegalDocument } from "../model/legal-document.js";

const LONGEST = 60;

/** How a legal-basis entry is named in messages: its number, else the start of its text. */
export function citationName(document: LegalDocument): string {
  const number = document.number?.trim();
  if (number) return number;
  const text = document.text.trim();
  return text.length > LONGEST ? `${text.slice(0, LONGEST - 1)}…` : text;
}
