import { expect, test } from "vitest";

test("the public API is exactly these exports", async () => {
  expect(Object.keys(await import("@quytrinh/markdown")).sort()).toMatchInlineSnapshot(`
    [
      "DIAGNOSTIC_SOURCE",
      "MESSAGES_EN",
      "MESSAGES_VI",
      "PARSER_SEVERITIES",
      "SECTION_SYNONYMS",
      "STEP_COLUMN_SYNONYMS",
      "STEP_COLUMN_TITLES",
      "fromMarkdown",
      "stripPlaces",
      "toMarkdown",
    ]
  `);
});
