import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { labelText, toDrawio } from "../src/index.js";
import {
  chromiumPath,
  openPreview,
  type PreviewResult,
  previewPng,
  skipReason,
} from "./support/browser.js";
import { birthRegistration, examples } from "./support/examples.js";
import { testProcedure } from "./support/models.js";

const describeBrowser = skipReason ? describe.skip : describe;
if (skipReason) console.warn(`draw.io browser tests skipped: ${skipReason}`);

/** The PNG's width and height, from its IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

describeBrowser("in a real browser (Chromium)", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await openPreview(chromiumPath ?? ""));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const labelsInPage = (xmls: string[]) =>
    page.evaluate(
      (all) =>
        all.map((xml) =>
          (
            globalThis as unknown as {
              __drawio: { labels(x: string): { error?: string; labels?: PreviewResult["labels"] } };
            }
          ).__drawio.labels(xml),
        ),
      xmls,
    );

  test.each(examples)(
    "%s parses with DOMParser and every label fits its shape",
    async (_, procedure) => {
      for (const options of [
        {},
        { showOutputs: true },
        { direction: "LR" as const, showOutputs: true },
      ]) {
        const { result, png } = await previewPng(page, toDrawio(procedure, options));
        expect(result.error).toBeUndefined();
        expect(result.overflows).toEqual([]);
        expect(png && pngSize(png)).toEqual([result.width * 2, result.height * 2]);
      }
    },
    60_000,
  );

  test("the birth-registration flowchart draws to a PNG with one label per cell", async () => {
    const procedure = birthRegistration();
    const xml = toDrawio(procedure);
    const { result, png } = await previewPng(page, xml);
    const file = join(mkdtempSync(join(tmpdir(), "quytrinh-drawio-")), "dang-ky-khai-sinh.png");
    if (png) writeFileSync(file, png);
    expect(png?.byteLength).toBeGreaterThan(20_000);
    const shown = new Map(result.labels.map((label) => [label.id, label.text]));
    expect(shown.get("step-2")).toBe("B2. Kiểm tra hồ sơ đầy đủ, hợp lệ?\n30 phút");
    expect(shown.get("lane-3")).toBe("Công chức Tư pháp – Hộ tịch");
    expect(
      result.labels.flatMap((label) => label.elements.filter((name) => name !== "br")),
    ).toEqual([]);
  }, 60_000);

  test("markup in user text shows literally and never becomes HTML in the page", async () => {
    const hostile = `<img src=x onerror="globalThis.__pwned=1"><b>đậm</b> & <script>globalThis.__pwned=2</script>`;
    const procedure = testProcedure([
      {
        id: "B1",
        action: hostile,
        actors: [hostile],
        kind: "decision",
        branches: [{ label: hostile, target: "B2" }, { target: "B1" }],
      },
      { id: "B2", action: "Xong" },
    ]);
    const { result } = await previewPng(page, toDrawio(procedure, { title: hostile }));
    const shown = new Map(result.labels.map((label) => [label.id, label]));
    expect(shown.get("step-1")?.text).toBe(`B1. ${hostile}`);
    expect(shown.get("lane-1")?.text).toBe(hostile);
    expect(shown.get("title")?.text).toBe(hostile);
    expect(shown.get("edge-2")?.text).toBe(hostile);
    expect(
      result.labels.flatMap((label) => label.elements.filter((name) => name !== "br")),
    ).toEqual([]);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
  }, 60_000);

  test("random labels always give a document DOMParser accepts, showing the text given", async () => {
    const actions = fc.sample(
      fc.string({
        unit: fc.oneof(
          fc.constantFrom("<", "&", '"', "'", "\n", "\u0000", "\uD800", "e\u0301", "<br>"),
          fc.string({ unit: "binary", maxLength: 2 }),
        ),
        minLength: 1,
        maxLength: 30,
      }),
      { numRuns: 150, seed: 7 },
    );
    const documents = actions.map((action) =>
      toDrawio(testProcedure([{ id: "B1", action: `x${action}` }])),
    );
    const read = await labelsInPage(documents);
    expect(read.filter((one) => one.error !== undefined)).toEqual([]);
    const shown = read.map((one) => one.labels?.find((label) => label.id === "step-1")?.text);
    expect(shown).toEqual(actions.map((action) => labelText(`B1. x${action}`)));
  }, 60_000);
});
