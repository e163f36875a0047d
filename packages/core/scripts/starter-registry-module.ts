import type { LegalRegistry } from "../src/registry/legal-registry.js";

/** The TypeScript source of `src/registry/starter-registry.ts` for a parsed registry. */
export function starterRegistryModule(registry: LegalRegistry): string {
  return [
    "// Generated from registry/legal-registry.yaml by `pnpm --filter @quytrinh/core registry`. Do not edit.",
    'import type { LegalRegistry } from "./legal-registry.js";',
    "",
    "/**",
    " * The starter legal registry for civil-status, certification and one-stop procedures, as shipped.",
    " * Re-check it against official sources before relying on it (see `checked`).",
    " */",
    `export const starterRegistry: LegalRegistry = ${JSON.stringify(registry, null, 2)};`,
    "",
  ].join("\n");
}
