import type { LegalDocument } from "../model/legal-document.js";
import type { Procedure } from "../model/procedure.js";
import { findRegistryDocument } from "./find-registry-document.js";
import { legalNumberKey } from "./legal-number-key.js";
import type { LegalRegistry, RegistryDocument } from "./legal-registry.js";

/** A legal-basis entry together with its registry entry. */
export interface CitedDocument {
  citation: LegalDocument;
  entry: RegistryDocument;
}

/** The procedure's legal-basis entries that the registry knows, each registry document once. */
export function citedInRegistry(procedure: Procedure, registry: LegalRegistry): CitedDocument[] {
  const found: CitedDocument[] = [];
  for (const citation of procedure.legalBasis) {
    const number = citation.number?.trim();
    const entry = number ? findRegistryDocument(registry, number) : undefined;
    if (entry && !found.some((cited) => cited.entry === entry)) found.push({ citation, entry });
  }
  return found;
}

/** Whether the procedure's legal basis lists a document number (any spelling). */
export function cites(procedure: Procedure, number: string): boolean {
  const key = legalNumberKey(number);
  return procedure.legalBasis.some(
    (citation) => citation.number !== undefined && legalNumberKey(citation.number) === key,
  );
}
