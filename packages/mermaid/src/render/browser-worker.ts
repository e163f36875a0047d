import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser, Page } from "puppeteer-core";
import { LAUNCH_ARGS } from "./launch-args.js";
import { PAGE_HTML, PAGE_SCRIPT } from "./page-script.js";
import type { RenderOptions, RenderResult } from "./render-types.js";

interface PageResult {
  svg?: string;
  error?: string;
  width: number;
  height: number;
}

interface PageGlobals {
  __quytrinh: {
    render(id: string, text: string, place: boolean): Promise<PageResult>;
  };
}

let mermaidSource: Promise<string> | undefined;

/** Mermaid's browser bundle from node_modules, read once per process: no network. */
function loadMermaidSource(): Promise<string> {
  mermaidSource ??= readFile(
    createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js"),
    "utf8",
  );
  return mermaidSource;
}

/** Width and height from an SVG's `viewBox`. */
function viewBoxSize(svg: string): { width: number; height: number } {
  const match = /viewBox="[-\d.e]+ [-\d.e]+ ([\d.e]+) ([\d.e]+)"/.exec(svg);
  return { width: Math.ceil(Number(match?.[1] ?? 0)), height: Math.ceil(Number(match?.[2] ?? 0)) };
}

/** Raised when the browser or page died or hung: the caller restarts and retries. */
export class BrowserCrash extends Error {}

/**
 * One browser with one warm page that has Mermaid loaded once. Renders one diagram at a time;
 * a crash or hang rejects with `BrowserCrash`, after which `restart()` gives a fresh browser.
 */
export class BrowserWorker {
  private browser: Browser | undefined;
  private page: Page | undefined;
  private crashed: Promise<never> = new Promise(() => {});
  private consoleErrors: string[] = [];
  private counter = 0;
  private viewport: { width: number; height: number; scale: number } | undefined;

  constructor(
    private readonly executablePath: string,
    private readonly timeoutMs: number,
  ) {}

  /** Launches the browser and loads Mermaid into a fresh page. */
  async start(): Promise<void> {
    const { default: puppeteer } = await import("puppeteer-core");
    const browser = await puppeteer.launch({
      executablePath: this.executablePath,
      headless: true,
      args: LAUNCH_ARGS,
    });
    this.browser = browser;
    this.viewport = undefined;
    const [blank] = await browser.pages();
    const page = blank ?? (await browser.newPage());
    this.page = page;
    this.crashed = new Promise<never>((_, reject) => {
      page.on("error", (error) => reject(new BrowserCrash(`page crashed: ${error.message}`)));
      page.on("close", () => reject(new BrowserCrash("page closed")));
      browser.on("disconnected", () => reject(new BrowserCrash("browser disconnected")));
    });
    this.crashed.catch(() => {});
    page.on("console", (message) => {
      if (message.type() === "error") this.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => this.consoleErrors.push(String(error)));
    // Nothing the page does may reach the network: Mermaid comes inline from node_modules.
    await page.setRequestInterception(true);
    page.on("request", (request) => void request.abort().catch(() => {}));
    await page.setContent(PAGE_HTML);
    await page.addScriptTag({ content: await loadMermaidSource() });
    await page.addScriptTag({ content: PAGE_SCRIPT });
  }

  /** Renders one diagram; Mermaid errors are a failure result, a crash or hang throws. */
  async render(text: string, options: RenderOptions): Promise<RenderResult> {
    this.consoleErrors = [];
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new BrowserCrash(`no answer within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
    });
    try {
      return await Promise.race([this.attempt(text, options), this.crashed, timeout]);
    } catch (error) {
      throw error instanceof BrowserCrash ? error : new BrowserCrash(String(error));
    } finally {
      clearTimeout(timer);
    }
  }

  private async attempt(text: string, options: RenderOptions): Promise<RenderResult> {
    const page = this.page;
    if (!page) throw new BrowserCrash("browser not started");
    const id = `qt${++this.counter}`;
    const png = options.format === "png";
    const result = await page.evaluate(
      (id, text, place) =>
        (globalThis as unknown as PageGlobals).__quytrinh.render(id, text, place),
      id,
      text,
      png,
    );
    const consoleErrors = [...this.consoleErrors];
    if (result.svg === undefined) {
      const error = result.error ?? "unknown Mermaid error";
      return { ok: false, format: options.format, error, consoleErrors, crashed: false };
    }
    if (!png) {
      const size = viewBoxSize(result.svg);
      return { ok: true, format: "svg", data: result.svg, ...size, consoleErrors, crashed: false };
    }
    const { width, height } = result;
    await this.fitViewport(page, width, height, options.scale ?? 2);
    // Inside the viewport: capturing beyond it re-lays out the page and was 5-10× slower.
    const data = await page.screenshot({
      type: "png",
      clip: { x: 0, y: 0, width, height },
      captureBeyondViewport: false,
    });
    return { ok: true, format: "png", data, width, height, consoleErrors, crashed: false };
  }

  /** Grows the viewport to hold the diagram at the PNG's pixel density; unchanged when it fits. */
  private async fitViewport(page: Page, width: number, height: number, scale: number) {
    const now = this.viewport;
    if (now && now.scale === scale && now.width >= width && now.height >= height) return;
    // round up, so a batch of similar diagrams resizes rarely
    const grow = (size: number, least: number) => Math.max(least, Math.ceil(size / 512) * 512);
    this.viewport = {
      width: grow(width, now?.width ?? 1024),
      height: grow(height, now?.height ?? 768),
      scale,
    };
    const { width: w, height: h } = this.viewport;
    await page.setViewport({ width: w, height: h, deviceScaleFactor: scale });
  }

  /** Closes the browser (if it still runs) and starts a fresh one. */
  async restart(): Promise<void> {
    await this.close();
    await this.start();
  }

  /** Closes the browser; safe to call after a crash. */
  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    this.page = undefined;
    if (!browser) return;
    const closed = browser.close().then(
      () => true,
      () => false,
    );
    const inTime = new Promise<boolean>((resolve) => setTimeout(resolve, 2_000, false).unref());
    if (!(await Promise.race([closed, inTime]))) browser.process()?.kill("SIGKILL");
  }
}
