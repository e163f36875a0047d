import { findRegistryDocument } from "./find-registry-document.js";
import type { LegalRegistry, RegistryDocument } from "./legal-registry.js";

/** A document the registry names: its entry when the registry has one, else just its number. */
export interface NamedDocument {
  number: string;
  entry?: RegistryDocument;
}

/** Where a registry document stands on a given date. */
export interface LegalStanding {
  /** `replaced` or `expired` once that has happened by the date; `not-yet-in-force` before it starts. */
  status: "in-force" | "not-yet-in-force" | "replaced" | "expired";
  /** The replacement, when the document is replaced by the date. */
  replacedBy?: NamedDocument;
  /** A replacement that is known but takes effect after the date. */
  upcomingReplacement?: NamedDocument;
  /** Amendments in force on the date (or of unknown date). */
  amendments: NamedDocument[];
}

/**
 * Where `document` stands on `date` (`YYYY-MM-DD`). Dates in the registry win over its `status`: a
 * replacement that takes effect later does not replace the document yet, so a registry checked
 * today stays right for later dates.
 */
export function legalStanding(
  registry: LegalRegistry,
  document: RegistryDocument,
  date: string,
): LegalStanding {
  const amendments = (document.amendedBy ?? [])
    .map((number) => named(registry, number))
    .filter((amendment) => startedBy(amendment, date) !== false);
  if (document.effectiveDate > date) return { status: "not-yet-in-force", amendments };
  if (document.replacedBy !== undefined) {
    const replacement = named(registry, document.replacedBy);
    if (startedBy(replacement, date) ?? document.status === "replaced") {
      return { status: "replaced", replacedBy: replacement, amendments };
    }
    return { status: "in-force", upcomingReplacement: replacement, amendments };
  }
  const expired =
    document.expiryDate !== undefined ? document.expiryDate <= date : document.status === "expired";
  return { status: expired ? "expired" : "in-force", amendments };
}

function named(registry: LegalRegistry, number: string): NamedDocument {
  const entry = findRegistryDocument(registry, number);
  return entry ? { number: entry.number, entry } : { number };
}

/** Whether a named document has taken effect by `date`; `undefined` when the registry has no date. */
function startedBy(document: NamedDocument, date: string): boolean | undefined {
  return document.entry ? document.entry.effectiveDate <= date : undefined;
}
