import { expect, test } from "vitest";

test("the package exports exactly its public API", async () => {
  expect(Object.keys(await import("@quytrinh/mermaid")).sort()).toEqual([
    "BROWSER_ENV_VARS",
    "FONT_FAMILY",
    "MAX_EDGES",
    "MAX_PNG_PIXELS",
    "MAX_PNG_SIDE",
    "MAX_TEXT_SIZE",
    "MAX_WORD_LENGTH",
    "PAGE_HTML",
    "PAGE_SCRIPT",
    "SWIMLANE_MAX_STEPS",
    "createRenderer",
    "escapeLabel",
    "findBrowser",
    "installAdvice",
    "loadMermaidSource",
    "patchMermaidSource",
    "toMermaid",
    "wellKnownBrowserPaths",
  ]);
});
