import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { chromiumPath, skipReason, TEST_LAUNCH_ARGS } from "../../../../test/support/chromium.js";
import { PREVIEW_HTML, PREVIEW_SCRIPT } from "./svg-preview.js";

export { chromiumPath, skipReason };

/** A headless Chromium with one page holding the SVG preview. */
export async function openPreview(
  executablePath: string,
): Promise<{ browser: Browser; page: Page }> {
  const browser = await puppeteer.launch({
    executablePath,
    args: TEST_LAUNCH_ARGS,
    headless: true,
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 600, deviceScaleFactor: 2 });
  await page.setContent(PREVIEW_HTML);
  await page.addScriptTag({ content: PREVIEW_SCRIPT });
  return { browser, page };
}

/** What the preview reports for a document. */
export interface PreviewResult {
  error?: string;
  width: number;
  height: number;
  labels: { id: string; text: string; elements: string[] }[];
  /** Ids of shapes whose label overflows them in the browser's font. */
  overflows: string[];
}

/** Draws a `.drawio` document in the page and takes a PNG of the drawing. */
export async function previewPng(
  page: Page,
  xml: string,
): Promise<{ result: PreviewResult; png: Uint8Array | undefined }> {
  const result = await page.evaluate(
    (text) =>
      (globalThis as unknown as { __drawio: { render(x: string): PreviewResult } }).__drawio.render(
        text,
      ),
    xml,
  );
  if (result.error) return { result, png: undefined };
  const svg = await page.$("#out svg");
  const png = svg ? await svg.screenshot({ type: "png" }) : undefined;
  return { result, png };
}
