import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ProcedureSchema } from "@quytrinh/core";
import { fromMarkdown, stripPlaces } from "@quytrinh/markdown";
import { describe, expect, test } from "vitest";
import { FIXTURES, fixtureNames, printDiagnostic, readInput } from "./support/fixtures.js";

// `UPDATE_FIXTURES=1 pnpm vitest run --project markdown` rewrites model.json and messages.txt;
// review the diff before committing.
const update = process.env.UPDATE_FIXTURES === "1";

describe.each(fixtureNames())("fixture %s", (name) => {
  const { procedure, diagnostics } = fromMarkdown(readInput(name));
  const model = `${JSON.stringify(stripPlaces(procedure), null, 2)}\n`;
  const messages = diagnostics.map((diagnostic) => `${printDiagnostic(diagnostic)}\n`).join("");
  if (update) {
    writeFileSync(join(FIXTURES, name, "model.json"), model);
    writeFileSync(join(FIXTURES, name, "messages.txt"), messages);
  }

  test("parses to model.json", () => {
    expect(model).toBe(readFileSync(join(FIXTURES, name, "model.json"), "utf8"));
  });

  test("reports messages.txt", () => {
    expect(messages).toBe(readFileSync(join(FIXTURES, name, "messages.txt"), "utf8"));
  });

  test("passes the schema", () => {
    expect(ProcedureSchema.safeParse(procedure).success).toBe(true);
  });
});
