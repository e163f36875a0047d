import { expect, test } from "vitest";

test("the package exports exactly its public API", async () => {
  expect(Object.keys(await import("@quytrinh/docx")).sort()).toEqual([
    "flowchartParagraphs",
    "packDocx",
    "quytrinhDocument",
    "toDocx",
    "xmlSafeText",
  ]);
});
