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
  usedFallback?: boolean;
}

interface PageGlobals {
  __quytrinh: {
    render(
      id: string,
      text: string,
      scale: number | null,
      fallback: string | null,
    ): Promise<PageResult>;
  };
}

/** Raised when the browser or a page died or hung: the caller restarts and retries. */
export class BrowserCrash extends Error {
  /** Which start of the browser crashed, so that several pages restart it only once. */
  constructor(
    message: string,
    readonly generation: number,
  ) {
    super(message);
  }
}

/** Options of a `BrowserWorker`. */
export interface BrowserWorkerOptions {
  executablePath: string;
  timeoutMs: number;
  /** Restart the browser after this many diagrams, once its pages are idle. */
  recycleAfter: number;
  handleSignals: boolean;
  /** Warm pages, each rendering one diagram at a time. */
  pages: number;
}

/**
 * One browser with `pages` warm pages that have Mermaid loaded once; each page renders one
 * diagram at a time. A crash or hang of the browser or of any page rejects the renders in flight
 * with `BrowserCrash`, after which `restart(generation)` gives a fresh browser (once, whichever
 * page asks first).
 */
export class BrowserWorker {
  private browser: Browser | undefined;
  private idlePages: Page[] = [];
  private crashed: Promise<never> = new Promise(() => {});
  private readonly consoleErrors = new Map<Page, string[]>();
  private counter = 0;
  /** Incremented by every start; a page left over from an earlier one is not reused. */
  private generation = 0;
  private restarting: Promise<void> | undefined;
  /** Diagrams rendered since the browser started, and those in flight now. */
  private rendered = 0;
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly options: BrowserWorkerOptions) {}

  /** Launches the browser and loads Mermaid into fresh pages. */
  async start(): Promise<void> {
    const { default: puppeteer } = await import("puppeteer-core");
    const browser = await puppeteer.launch({
      executablePath: this.options.executablePath,
      headless: true,
      args: LAUNCH_ARGS,
      handleSIGINT: this.options.handleSignals,
      handleSIGTERM: this.options.handleSignals,
      handleSIGHUP: this.options.handleSignals,
    });
    const generation = ++this.generation;
    this.browser = browser;
    this.rendered = 0;
    let crash: (error: BrowserCrash) => void = () => {};
    this.crashed = new Promise<never>((_, reject) => {
      crash = reject;
    });
    this.crashed.catch(() => {});
    browser.on("disconnected", () => crash(new BrowserCrash("browser disconnected", generation)));
    const [blank] = await browser.pages();
    const pages: Page[] = [];
    for (let index = 0; index < this.options.pages; index++) {
      const page = index === 0 && blank ? blank : await browser.newPage();
      page.on("error", (error) =>
        crash(new BrowserCrash(`page crashed: ${error.message}`, generation)),
      );
      page.on("close", () => crash(new BrowserCrash("page closed", generation)));
      await this.loadMermaid(page);
      pages.push(page);
    }
    this.idlePages = pages;
  }

  /** Loads Mermaid and the page script into `page`, with no way to reach the network. */
  private async loadMermaid(page: Page): Promise<void> {
    const errors: string[] = [];
    this.consoleErrors.set(page, errors);
    page.on("console", (message) => {
      if (message.type() === "error") this.consoleErrors.get(page)?.push(message.text());
    });
    page.on("pageerror", (error) => this.consoleErrors.get(page)?.push(String(error)));
    // Nothing the page does may reach the network: Mermaid comes inline from node_modules.
    await page.setRequestInterception(true);
    page.on("request", (request) => void request.abort().catch(() => {}));
    await page.setContent(PAGE_HTML);
    await page.addScriptTag({ content: (await loadMermaidSource()).script });
    await page.addScriptTag({ content: PAGE_SCRIPT });
  }

  /**
   * Waits while the browser restarts, and restarts it when it has rendered `recycleAfter`
   * diagrams (Chromium keeps memory it used for earlier diagrams), once no page is busy.
   */
  private async ready(): Promise<void> {
    for (;;) {
      if (this.restarting) await this.restarting;
      else if (this.rendered < this.options.recycleAfter) return;
      else if (this.inFlight === 0) await this.restart();
      else await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
  }

  /** Renders one diagram on an idle page; Mermaid errors are a failure result, a crash throws. */
  async render(text: string, options: RenderOptions): Promise<RenderResult> {
    try {
      await this.ready();
    } catch (error) {
      throw new BrowserCrash(String(error), this.generation);
    }
    const generation = this.generation;
    const page = this.idlePages.pop();
    if (!page) throw new BrowserCrash("no idle page", generation);
    this.rendered++;
    this.inFlight++;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new BrowserCrash(`no answer within ${this.options.timeoutMs} ms`, generation)),
        this.options.timeoutMs,
      );
    });
    try {
      return await Promise.race([this.attempt(page, text, options), this.crashed, timeout]);
    } catch (error) {
      throw error instanceof BrowserCrash ? error : new BrowserCrash(String(error), generation);
    } finally {
      clearTimeout(timer);
      if (generation === this.generation) this.idlePages.push(page);
      if (--this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }

  /** One `evaluate`: Mermaid renders, and for a PNG the page draws and encodes it too. */
  private async attempt(page: Page, text: string, options: RenderOptions): Promise<RenderResult> {
    const errors: string[] = [];
    this.consoleErrors.set(page, errors);
    const id = `qt${++this.counter}`;
    const scale = options.format === "png" ? (options.scale ?? 2) : null;
    const result = await page.evaluate(
      (id, text, scale, fallback) =>
        (globalThis as unknown as PageGlobals).__quytrinh.render(id, text, scale, fallback),
      id,
      text,
      scale,
      options.fallback ?? null,
    );
    const consoleErrors = [...errors];
    const { width, height } = result;
    const usedFallback = result.usedFallback === true;
    const common = {
      width,
      height,
      scale: result.scale,
      consoleErrors,
      crashed: false,
      usedFallback,
    };
    if (result.png !== undefined) {
      const data = new Uint8Array(Buffer.from(result.png, "base64"));
      return { ok: true, format: "png", data, ...common };
    }
    if (result.svg !== undefined) return { ok: true, format: "svg", data: result.svg, ...common };
    const error = result.error ?? "unknown Mermaid error";
    return { ok: false, format: options.format, error, consoleErrors, crashed: false };
  }

  /**
   * Closes the browser (if it still runs) and starts a fresh one. With the `generation` of a
   * crash, does nothing when the browser was restarted since (another page saw the same crash).
   */
  restart(generation?: number): Promise<void> {
    if (generation !== undefined && generation !== this.generation) {
      return this.restarting ?? Promise.resolve();
    }
    this.restarting ??= (async () => {
      await this.close();
      await this.start();
    })().finally(() => {
      this.restarting = undefined;
    });
    return this.restarting;
  }

  /** Closes the browser; safe to call after a crash. */
  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    this.idlePages = [];
    this.consoleErrors.clear();
    if (!browser) return;
    const closed = browser.close().then(
      () => true,
      () => false,
    );
    const inTime = new Promise<boolean>((resolve) => setTimeout(resolve, 2_000, false).unref());
    if (!(await Promise.race([closed, inTime]))) browser.process()?.kill("SIGKILL");
  }
}
