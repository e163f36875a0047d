import { legalNumberKey } from "./legal-number-key.js";
import type { LegalRegistry, RegistryDocument } from "./legal-registry.js";

/** The registry entry for a document number, whatever its spacing, case or `Đ`/`D` spelling. */
export function findRegistryDocument(
  registry: LegalRegistry,
  number: string,
): RegistryDocument | undefined {
  const key = legalNumberKey(number);
  return registry.documents.find((document) => legalNumberKey(document.number) === key);
}
