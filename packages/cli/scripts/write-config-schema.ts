// Writes packages/cli/schema/config.schema.json from the zod config schema.
// Run with `pnpm --filter @quytrinh/cli schema`; a test fails when the committed file is stale.
import { writeFileSync } from "node:fs";
import { configJsonSchemaText } from "./config-json-schema.js";

writeFileSync(new URL("../schema/config.schema.json", import.meta.url), configJsonSchemaText());
console.log("wrote schema/config.schema.json");
