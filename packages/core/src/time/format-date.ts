import type { Language } from "../model/document-control.js";

/** Writes an ISO date for messages: `15/11/2015` in Vietnamese, `2015-11-15` in English. */
export function formatDate(iso: string, lang: Language): string {
  if (lang === "en") return iso;
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
