// Writes the JSON Schemas generated from the zod model to packages/core/schema/.
// Run with `pnpm --filter @quytrinh/core schema`; a test fails when the committed files are stale.
import { writeFileSync } from "node:fs";
import { jsonSchemaFiles } from "./json-schemas.js";

const folder = new URL("../schema/", import.meta.url);
for (const { name, text } of jsonSchemaFiles()) {
  writeFileSync(new URL(name, folder), text);
  console.log(`wrote schema/${name}`);
}
