import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type LabelMode,
  type LaneMode,
  loadMermaidSource,
  PAGE_HTML,
  PAGE_SCRIPT,
  patchMermaidSource,
  toMermaid,
} from "../src/index.js";
import { chromiumPath, skipReason, TEST_LAUNCH_ARGS } from "./support/browser.js";
import { khaiSinh } from "./support/models.js";

const shipped = readFileSync(
  createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js"),
  "utf8",
);

test("the installed Mermaid bundle gets the fast getConfig", async () => {
  const source = await loadMermaidSource();
  expect(source.patched).toBe(true);
  expect(source.script).toContain("fastConfigCopy(");
  expect(source.script.length).toBeGreaterThan(shipped.length);
});

test("a bundle without exactly one getConfig of the known shape is left as it is", () => {
  expect(patchMermaidSource("var a = 1;")).toEqual({ script: "var a = 1;", patched: false });
  const twice = 'a=s(()=>b({},c),"getConfig");d=s(()=>b({},c),"getConfig")';
  expect(patchMermaidSource(twice)).toEqual({ script: twice, patched: false });
});

describe.skipIf(skipReason !== undefined)(
  `the fast getConfig in Chromium ${skipReason ?? ""}`,
  () => {
    let browser: Browser;
    const pages: Page[] = [];
    beforeAll(async () => {
      browser = await puppeteer.launch({
        ...(chromiumPath ? { executablePath: chromiumPath } : {}),
        args: TEST_LAUNCH_ARGS,
      });
      for (const script of [shipped, (await loadMermaidSource()).script]) {
        const page = await browser.newPage();
        await page.setContent(PAGE_HTML);
        await page.addScriptTag({ content: script });
        await page.addScriptTag({ content: PAGE_SCRIPT });
        pages.push(page);
      }
    }, 60_000);
    afterAll(() => browser?.close());

    const render = (page: Page, text: string) =>
      page.evaluate(
        (text) =>
          (
            globalThis as unknown as {
              __quytrinh: {
                render(id: string, text: string, scale: null): Promise<{ svg?: string }>;
              };
            }
          ).__quytrinh.render("same", text, null),
        text,
      );

    test.each<[LaneMode, LabelMode]>([
      ["swimlane", "html"],
      ["group", "text"],
      ["none", "html"],
    ])(
      "draws the same SVG, byte for byte, as Mermaid as shipped (%s lanes, %s labels)",
      async (lanes, labels) => {
        const { text } = toMermaid(khaiSinh, { lanes, labels, showOutputs: true });
        const [before, after] = await Promise.all(pages.map((page) => render(page, text)));
        expect(before?.svg).toMatch(/^<svg/);
        expect(after?.svg).toBe(before?.svg);
      },
      60_000,
    );
  },
);
