import { expect, test } from "vitest";

test("the package exports exactly its public API", async () => {
  expect(Object.keys(await import("@quytrinh/drawio")).sort()).toEqual([
    "FONT_FAMILY",
    "escapeXmlAttribute",
    "htmlLabel",
    "labelText",
    "toDrawio",
  ]);
});
