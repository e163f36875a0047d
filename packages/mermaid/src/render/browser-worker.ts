import type { Browser, Page } from "puppeteer-core";
import { LAUNCH_ARGS } from "./launch-args.js";
import { loadMermaidSource } from "./mermaid-source.js";
import { PAGE_HTML, PAGE_SCRIPT } from "./page-script.js";
import type { RenderOptions, RenderResult } from "./render-types.js";

interface PageResult {
  svg?: string;
  /** PNG bytes in base64. */
  png?: string;
  error?: string;
  width: number;
  height: number;
  scale: number;
}

interface PageGlobals {
  __quytrinh: {
    render(id: string, text: string, scale: number | null): Promise<PageResult>;
  };
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

  constructor(
    private readonly executablePath: string,
    private readonly timeoutMs: number,
    private readonly recycleAfter = Number.POSITIVE_INFINITY,
    private readonly handleSignals = true,
  ) {}

  /** Diagrams rendered since the browser started. */
  private rendered = 0;

  /** Launches the browser and loads Mermaid into a fresh page. */
  async start(): Promise<void> {
    const { default: puppeteer } = await import("puppeteer-core");
    const browser = await puppeteer.launch({
      executablePath: this.executablePath,
      headless: true,
      args: LAUNCH_ARGS,
      handleSIGINT: this.handleSignals,
      handleSIGTERM: this.handleSignals,
      handleSIGHUP: this.handleSignals,
    });
    this.browser = browser;
    this.rendered = 0;
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
    await page.addScriptTag({ content: (await loadMermaidSource()).script });
    await page.addScriptTag({ content: PAGE_SCRIPT });
  }

  /** Renders one diagram; Mermaid errors are a failure result, a crash or hang throws. */
  async render(text: string, options: RenderOptions): Promise<RenderResult> {
    // Chromium keeps memory it used for earlier diagrams: a fresh browser now and then gives it back.
    if (this.rendered >= this.recycleAfter) await this.restart();
    this.rendered++;
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

  /** One `evaluate`: Mermaid renders, and for a PNG the page draws and encodes it too. */
  private async attempt(text: string, options: RenderOptions): Promise<RenderResult> {
    const page = this.page;
    if (!page) throw new BrowserCrash("browser not started");
    const id = `qt${++this.counter}`;
    const scale = options.format === "png" ? (options.scale ?? 2) : null;
    const result = await page.evaluate(
      (id, text, scale) =>
        (globalThis as unknown as PageGlobals).__quytrinh.render(id, text, scale),
      id,
      text,
      scale,
    );
    const consoleErrors = [...this.consoleErrors];
    const { width, height } = result;
    const common = { width, height, scale: result.scale, consoleErrors, crashed: false };
    if (result.png !== undefined) {
      const data = new Uint8Array(Buffer.from(result.png, "base64"));
      return { ok: true, format: "png", data, ...common };
    }
    if (result.svg !== undefined) return { ok: true, format: "svg", data: result.svg, ...common };
    const error = result.error ?? "unknown Mermaid error";
    return { ok: false, format: options.format, error, consoleErrors, crashed: false };
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
