import { expect, test } from "vitest";

test("the package exports exactly its public API", async () => {
  expect(Object.keys(await import("@quytrinh/docx")).sort()).toEqual([
    "DOCX_STYLES",
    "TEXT_WIDTH",
    "fixedTable",
    "flowchartParagraphs",
    "packDocx",
    "paragraph",
    "quytrinhDocument",
    "safeParagraph",
    "safeRun",
    "toDocx",
    "xmlSafeText",
  ]);
});
