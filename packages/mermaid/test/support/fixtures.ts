import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Procedure, ProcedureSchema } from "@quytrinh/core";

/** The shared fixture corpus, `test/fixtures/<case>/` at the repository root. */
export const FIXTURES = fileURLToPath(new URL("../../../../test/fixtures/", import.meta.url));

/** One fixture case with a model: its folder and its model, validated against the schema. */
export interface FixtureModel {
  name: string;
  folder: string;
  procedure: Procedure;
}

/** Every fixture folder that has a `model.json`, each model parsed by `ProcedureSchema`. */
export function fixtureModels(): FixtureModel[] {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, "model.json")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const folder = join(FIXTURES, name);
      const json: unknown = JSON.parse(readFileSync(join(folder, "model.json"), "utf8"));
      return { name, folder, procedure: ProcedureSchema.parse(json) };
    });
}
