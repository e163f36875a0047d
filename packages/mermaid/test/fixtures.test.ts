import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { toMermaid } from "../src/index.js";
import { FIXTURES, fixtureModels } from "./support/fixtures.js";

const fixtures = fixtureModels();

describe.skipIf(fixtures.length === 0)(`fixture goldens (none yet in ${FIXTURES})`, () => {
  test.each(fixtures)("$name: model.json draws as flowchart.mmd", async ({ folder, procedure }) => {
    const { text, diagnostics } = toMermaid(procedure);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    await expect(text).toMatchFileSnapshot(join(folder, "flowchart.mmd"));
  });
});
