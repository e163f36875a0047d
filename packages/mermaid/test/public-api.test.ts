import { expect, test } from "vitest";

test("the package exports exactly its public API", async () => {
  expect(Object.keys(await import("@quytrinh/mermaid")).sort()).toEqual([
    "BROWSER_ENV_VARS",
    "FONT_FAMILY",
    "MAX_EDGES",
    "MAX_TEXT_SIZE",
    "MAX_WORD_LENGTH",
    "SWIMLANE_MAX_STEPS",
    "createRenderer",
    "escapeLabel",
    "findBrowser",
    "installAdvice",
    "toMermaid",
    "wellKnownBrowserPaths",
  ]);
});
