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
import { fixtureModels } from "./support/fixtures.js";
import { generatedProcedure } from "./support/generated-models.js";
import { khaiSinh } from "./support/models.js";

const shipped = readFileSync(
  createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js"),
  "utf8",
);

test("the installed Mermaid bundle gets the cached getConfig, still in strict mode", async () => {
  const source = await loadMermaidSource();
  expect(source.patched).toBe(true);
  expect(source.script.startsWith('"use strict";\n')).toBe(true);
  expect(source.script.match(/"getConfig"\)/g)?.length).toBe(
    shipped.match(/"getConfig"\)/g)?.length,
  );
  expect(source.script).toContain('=>cachedConfigCopy($x),"getConfig")');
  expect(source.script).toContain("static async fromText(t,r={}){let n=fastConfigCopy($x,2),");
});

/** The four places the patch needs, in the shapes of Mermaid 11.17's minified bundle. */
const PLACES = [
  'a=s(()=>b({},c),"getConfig");',
  "static async fromText(t,r={}){let n=a(),i=1}",
  "return t.sanitize=function(Bt){return Bt},",
  "t.addHook=function(Bt,$e){h(Bt,$e)};",
];

test("a bundle with each place the patch needs exactly once gets all the speed-ups", () => {
  const { script, patched } = patchMermaidSource(PLACES.join(""));
  expect(patched).toBe(true);
  expect(script.slice(script.indexOf("a=s(()=>cachedConfigCopy"))).toBe(
    'a=s(()=>cachedConfigCopy(c),"getConfig");' +
      "static async fromText(t,r={}){let n=fastConfigCopy(c,2),i=1}" +
      "return t.sanitize=function(Bt,$e){return memoSanitize(t,Bt,$e)},t.__quytrinhSanitize=function(Bt){return Bt}," +
      "t.addHook=function(Bt,$e){clearSanitizeMemo();h(Bt,$e)};",
  );
});

test("a bundle missing any place, or with one twice, is left as it is", () => {
  const bundles = [
    "var a = 1;",
    ...PLACES.map((_, index) => PLACES.filter((__, other) => other !== index).join("")),
    ...PLACES.map((place) => PLACES.join("") + place),
  ];
  for (const bundle of bundles) {
    expect(patchMermaidSource(bundle)).toEqual({ script: bundle, patched: false });
  }
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

    test("draws the same SVGs as shipped for the fixtures and generated procedures in sequence", async () => {
      const procedures = [
        ...fixtureModels().map((fixture) => fixture.procedure),
        ...[8, 20, 60].map(generatedProcedure),
      ];
      const differing: string[] = [];
      for (const procedure of procedures) {
        const { text } = toMermaid(procedure);
        if (text === "") continue;
        const [before, after] = await Promise.all(pages.map((page) => render(page, text)));
        expect(before?.svg).toMatch(/^<svg/);
        if (after?.svg !== before?.svg) differing.push(procedure.control.title);
      }
      expect(differing).toEqual([]);
    }, 120_000);

    test("labels with HTML that DOMPurify cleans render as shipped, the second time too", async () => {
      const text = [
        "flowchart TD",
        "  a[\"<b>Tiếp nhận</b> <img src=x onerror=alert(1)> hồ sơ\"] --> b[\"<a href='https://dichvucong.gov.vn' target='_blank'>Cổng</a>\"]",
        '  b --> c["<script>alert(1)</script>Trả kết quả<style>p{}</style>"]',
      ].join("\n");
      for (let run = 0; run < 2; run++) {
        const [before, after] = await Promise.all(pages.map((page) => render(page, text)));
        expect(before?.svg).toContain('rel="noopener"');
        expect(before?.svg).not.toContain("onerror");
        expect(after?.svg).toBe(before?.svg);
      }
    }, 60_000);

    test("a diagram that writes into its configuration (kanban) renders as shipped", async () => {
      const kanban =
        "kanban\n  todo[Cần làm]\n    a[Tiếp nhận hồ sơ]\n  done[Đã xong]\n    b[Trả kết quả]";
      const [before, after] = await Promise.all(pages.map((page) => render(page, kanban)));
      expect(before?.svg).toMatch(/^<svg/);
      expect(after?.svg).toBe(before?.svg);
      // and the cached configuration is back in use for the next diagram
      const { text } = toMermaid(khaiSinh);
      const [next, nextPatched] = await Promise.all(pages.map((page) => render(page, text)));
      expect(nextPatched?.svg).toBe(next?.svg);
    }, 60_000);
  },
);
