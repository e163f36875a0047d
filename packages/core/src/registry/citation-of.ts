import { formatDate } from "../time/format-date.js";
import type { RegistryDocument } from "./legal-registry.js";

/**
 * A registry document written as a legal-basis line, the way NĐ 30/2020 asks for a first citation:
 * `Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 của Chính phủ <title>`; a law gives its name first,
 * `Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014 của Quốc hội`.
 */
export function citationOf(document: RegistryDocument): string {
  const dated = document.date === undefined ? "" : ` ngày ${formatDate(document.date, "vi")}`;
  const issued = `số ${document.number}${dated} của ${document.issuer}`;
  if (LAWS.has(document.type)) return `${document.type} ${document.title} ${issued}`;
  return `${document.type} ${issued} ${document.title}`;
}

const LAWS = new Set(["Luật", "Bộ luật"]);
