import type { DocumentControl } from "@quytrinh/core";
import { formatDate } from "../text/format-date.js";

/**
 * The decision that issues the procedure, as it goes after "Kèm theo": the front matter's
 * `decision`, written out ("Quyết định số 15/QĐ-UBND ngày 20/02/2026 của …"), as its number
 * alone ("15/QĐ-UBND"), or as `{ number, date, issuer }`. Undefined when none is given.
 */
export function issuingDecision(control: DocumentControl): string | undefined {
  const { decision } = control;
  if (decision === undefined) return undefined;
  if (typeof decision === "string") {
    const text = decision.normalize("NFC").trim();
    if (text === "") return undefined;
    return /^quyết định/iu.test(text) ? text : `Quyết định số ${text}`;
  }
  const number = decision.number.normalize("NFC").trim();
  if (number === "") return undefined;
  const shownDate = decision.date ? formatDate(decision.date) : "";
  const issuer = decision.issuer?.normalize("NFC").trim() ?? "";
  return [
    `Quyết định số ${number}`,
    shownDate ? ` ngày ${shownDate}` : "",
    issuer ? ` của ${issuer}` : "",
  ].join("");
}
