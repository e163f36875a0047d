import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Procedure, ProcedureSchema } from "@quytrinh/core";

/** The shared fixture corpus, `test/fixtures/<case>/` at the repository root. */
export const FIXTURES = fileURLToPath(new URL("../../../../test/fixtures/", import.meta.url));

/** Names of the fixture folders that hold a `model.json`. */
export function fixturesWithModel(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => existsSync(`${FIXTURES}${name}/model.json`))
    .sort();
}

/** A fixture's `model.json`, validated against the schema so fixtures cannot drift from it. */
export function fixtureModel(name: string): Procedure {
  return ProcedureSchema.parse(JSON.parse(readFileSync(`${FIXTURES}${name}/model.json`, "utf8")));
}
