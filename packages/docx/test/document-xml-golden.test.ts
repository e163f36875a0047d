import { describe, expect, test } from "vitest";
import { packDocx, toDocx } from "../src/index.js";
import { docxPart, prettyXml, stableDrawingIds } from "./support/docx-parts.js";
import { FIXTURES, fixtureModel, fixturesWithModel } from "./support/fixtures.js";

describe("word/document.xml of each fixture's model", { timeout: 60_000 }, () => {
  test("the corpus has models to check", () => {
    expect(fixturesWithModel().length).toBeGreaterThan(0);
  });

  for (const name of fixturesWithModel()) {
    test(name, async () => {
      const bytes = await packDocx(toDocx(fixtureModel(name)));
      const xml = prettyXml(stableDrawingIds(await docxPart(bytes, "word/document.xml")));
      await expect(xml).toMatchFileSnapshot(`${FIXTURES}${name}/document.xml`);
    });
  }
});
