// Regenerates src/registry/starter-registry.ts from registry/legal-registry.yaml, so that core can ship
// the starter registry as data without reading files or parsing YAML at run time.
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";
import { LegalRegistrySchema } from "../src/registry/legal-registry.js";
import { starterRegistryModule } from "./starter-registry-module.js";

const source = new URL("../registry/legal-registry.yaml", import.meta.url);
const target = new URL("../src/registry/starter-registry.ts", import.meta.url);

const registry = LegalRegistrySchema.parse(parse(readFileSync(source, "utf8")));
writeFileSync(target, starterRegistryModule(registry));
console.log(
  `wrote ${target.pathname}: ${registry.documents.length} documents, checked ${registry.checked}`,
);
