import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { findTool } from "../../../../test/support/require-tool.js";
import { PREVIEW_HTML, PREVIEW_SCRIPT } from "./svg-preview.js";

const found = findTool(["/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"]);

/** The browser's path, when there is one. */
export const chromiumPath = "path" in found ? found.path : undefined;
/** Why the browser tests are skipped, when they are (never under `CI=true`). */
export const skipReason = "skip" in found ? found.skip : undefined;

/** Chromium flags that work as root on a closed network (see TECH.md). */
const LAUNCH_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** A headless Chromium with one page holding the SVG preview. */
export async function openPreview(
  executablePath: string,
): Promise<{ browser: Browser; page: Page }> {
  const browser = await puppeteer.launch({ executablePath, args: LAUNCH_ARGS, headless: true });
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
