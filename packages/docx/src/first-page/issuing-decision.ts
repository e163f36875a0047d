import type { DocumentControl } from "@quytrinh/core";
import { formatDate } from "../text/format-date.js";

/** Front-matter keys that may hold the decision the procedure is issued with (the model has none yet). */
const KEYS = ["decision", "issuingDecision", "quyetDinh", "quyết định", "Quyết định"] as const;

/**
 * The decision that issues the procedure, as it goes after "Kèm theo": from a front-matter key
 * such as `decision`, either written out ("Quyết định số 15/QĐ-UBND ngày 20/02/2026 của …"),
 * just its number ("15/QĐ-UBND"), or as `{ number, date, issuer }`. Undefined when none is given.
 */
export function issuingDecision(control: DocumentControl): string | undefined {
  const value = KEYS.map((key) => control.extra?.[key]).find((found) => found !== undefined);
  if (typeof value === "string") {
    const text = value.normalize("NFC").trim();
    if (text === "") return undefined;
    return /^quyết định/iu.test(text) ? text : `Quyết định số ${text}`;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const fields = value as Record<string, unknown>;
  const text = (key: string) =>
    typeof fields[key] === "string" ? (fields[key] as string).normalize("NFC").trim() : "";
  const number = text("number");
  if (number === "") return undefined;
  const shownDate = formatDate(text("date"));
  const issuer = text("issuer");
  return [
    `Quyết định số ${number}`,
    shownDate ? ` ngày ${shownDate}` : "",
    issuer ? ` của ${issuer}` : "",
  ].join("");
}
