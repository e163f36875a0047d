import { availableParallelism } from "node:os";
import type { Lang } from "../messages.js";
import { MAX_TEXT_SIZE } from "../size-limits.js";
import { BrowserCrash, BrowserWorker } from "./browser-worker.js";
import { findBrowser } from "./find-browser.js";
import type { RenderOptions, RenderResult } from "./render-types.js";

/** Options of `createRenderer`. */
export interface RendererOptions {
  /** The browser to use; found by `findBrowser` when absent. */
  executablePath?: string;
  /**
   * How many browsers render in parallel. Default 2 (1 on a single core). Measured on 2 cores
   * shared with other jobs (`bench/render-parallel.ts`), 2 browsers with one page each rendered
   * PNGs 1.0–1.5× as fast as 1 browser, for about 1.8× the RSS and 1.4× the PSS.
   */
  browsers?: number;
  /**
   * Warm pages per browser, each rendering one diagram at a time (each page is its own renderer
   * process). Default 1. Measured as above, 1 browser with 2 pages rendered PNGs 0.9–1.2× as fast as
   * 1 browser with 1 page, for about 1.3× the RSS and 1.2× the PSS: less memory than 2 browsers,
   * and on a loaded machine sometimes faster, sometimes slower.
   */
  pages?: number;
  /** A diagram with no answer after this long counts as a crash. Default 60,000 ms. */
  timeoutMs?: number;
  /** Language of the error when no browser is found. Default `vi`. */
  lang?: Lang;
  /**
   * Each browser is restarted after this many diagrams (over all its pages, once none is busy),
   * which gives back the memory Chromium keeps from earlier ones (about 1 s per restart). Default 50: measured on 150 PNGs with one
   * browser, it keeps the peak RSS summed over node and the browser under 1.5 GB.
   */
  recycleAfter?: number;
  /**
   * Let puppeteer close the browsers and exit the process on Ctrl-C, SIGTERM and SIGHUP. Default
   * `true`. A program with its own handlers (the `quytrinh` command: it removes half-written files
   * first) sets `false` and closes the renderer itself.
   */
  handleSignals?: boolean;
}

/** Renders Mermaid text to SVG or PNG in warm headless browsers. */
export interface Renderer {
  /**
   * Renders one diagram. Never throws for a bad diagram or a crash (see `RenderResult`); throws a
   * `RangeError` for a `scale` that is not a positive number.
   */
  render(text: string, options: RenderOptions): Promise<RenderResult>;
  /** Closes every browser. */
  close(): Promise<void>;
}

/** Runs one diagram, restarting the browser and retrying once if it crashes or hangs. */
async function renderWithRetry(
  worker: BrowserWorker,
  text: string,
  options: RenderOptions,
): Promise<RenderResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await worker.render(text, options);
      return attempt === 1 ? result : { ...result, crashed: true };
    } catch (error) {
      const message = error instanceof BrowserCrash ? error.message : String(error);
      const generation = error instanceof BrowserCrash ? error.generation : undefined;
      const restarted = await worker.restart(generation).then(
        () => true,
        () => false,
      );
      if (attempt >= 2 || !restarted) {
        return {
          ok: false,
          format: options.format,
          error: message,
          consoleErrors: [],
          crashed: true,
        };
      }
    }
  }
}

/**
 * Launches the browsers, each with pages that load Mermaid once, and returns a renderer that
 * hands each diagram to the next free page. Throws when no browser is found (with install advice).
 */
export async function createRenderer(options: RendererOptions = {}): Promise<Renderer> {
  const executablePath = findBrowser({
    ...(options.executablePath === undefined ? {} : { executablePath: options.executablePath }),
    ...(options.lang === undefined ? {} : { lang: options.lang }),
  });
  const count = Math.max(1, Math.floor(options.browsers ?? Math.min(2, availableParallelism())));
  const pages = Math.max(1, Math.floor(options.pages ?? 1));
  const workers = Array.from(
    { length: count },
    () =>
      new BrowserWorker({
        executablePath,
        timeoutMs: options.timeoutMs ?? 60_000,
        recycleAfter: options.recycleAfter ?? 50,
        handleSignals: options.handleSignals ?? true,
        pages,
      }),
  );
  try {
    await Promise.all(workers.map((worker) => worker.start()));
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.close()));
    throw error;
  }
  // one entry per page: a browser with two idle pages is in the list twice
  const idle = Array.from({ length: pages }, () => workers).flat();
  const waiting: ((worker: BrowserWorker) => void)[] = [];
  const acquire = () =>
    new Promise<BrowserWorker>((resolve) => {
      const worker = idle.shift();
      if (worker) resolve(worker);
      else waiting.push(resolve);
    });
  const release = (worker: BrowserWorker) => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };

  return {
    async render(text, renderOptions) {
      const { scale } = renderOptions;
      if (scale !== undefined && !(Number.isFinite(scale) && scale > 0)) {
        throw new RangeError(`scale must be a positive number, got ${scale}`);
      }
      if (text.length > MAX_TEXT_SIZE) {
        const error = `Maximum text size in diagram exceeded: ${text.length} > ${MAX_TEXT_SIZE}`;
        return {
          ok: false,
          format: renderOptions.format,
          error,
          consoleErrors: [],
          crashed: false,
        };
      }
      const worker = await acquire();
      try {
        return await renderWithRetry(worker, text, renderOptions);
      } finally {
        release(worker);
      }
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}
