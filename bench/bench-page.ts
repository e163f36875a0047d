import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findBrowser, PAGE_HTML, PAGE_SCRIPT } from "@quytrinh/mermaid";

const root = fileURLToPath(new URL("..", import.meta.url));

/** `require` as seen from the mermaid package, which owns Mermaid's bundle and puppeteer-core. */
export const fromMermaid = createRequire(join(root, "packages/mermaid/package.json"));

/** The few puppeteer calls the page benchmarks use (puppeteer-core is the mermaid package's). */
export interface BenchPage {
  setContent(html: string): Promise<void>;
  addScriptTag(options: { content: string }): Promise<unknown>;
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  createCDPSession(): Promise<{ send(method: string, params?: object): Promise<unknown> }>;
}

/** A browser that opens `BenchPage`s. */
export interface BenchBrowser {
  newPage(): Promise<BenchPage>;
  close(): Promise<void>;
}

/** A headless browser started the way the page benchmarks need it, outside the renderer. */
export async function launchBenchBrowser(): Promise<BenchBrowser> {
  const { default: puppeteer } = (await import(fromMermaid.resolve("puppeteer-core"))) as {
    default: { launch(options: object): Promise<BenchBrowser> };
  };
  return puppeteer.launch({
    executablePath: findBrowser(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--font-render-hinting=none",
    ],
  });
}

/** A page of the renderer's kind: `PAGE_HTML`, then the given Mermaid bundle, then `PAGE_SCRIPT`. */
export async function openBenchPage(browser: BenchBrowser, script: string): Promise<BenchPage> {
  const page = await browser.newPage();
  await page.setContent(PAGE_HTML);
  await page.addScriptTag({ content: script });
  await page.addScriptTag({ content: PAGE_SCRIPT });
  return page;
}
