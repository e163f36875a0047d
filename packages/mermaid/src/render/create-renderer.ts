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
   * How many browsers render in parallel, each with one warm page and one diagram at a time.
   * Default 2 (1 on a single core): measured on 2 cores with screenshots, 2 browsers rendered PNGs
   * 1.8× faster than 1, for about 1.7× the memory (not re-measured since PNGs are drawn in a canvas).
   */
  browsers?: number;
  /** A diagram with no answer after this long counts as a crash. Default 60,000 ms. */
  timeoutMs?: number;
  /** Language of the error when no browser is found. Default `vi`. */
  lang?: Lang;
  /**
   * Each browser is restarted after this many diagrams, which gives back the memory Chromium
   * keeps from earlier ones (about 1 s per restart). Default 50: measured on 150 PNGs with one
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
      const restarted = await worker.restart().then(
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
 * Launches the browsers, each with a page that loads Mermaid once, and returns a renderer that
 * hands each diagram to the next free page. Throws when no browser is found (with install advice).
 */
export async function createRenderer(options: RendererOptions = {}): Promise<Renderer> {
  const executablePath = findBrowser({
    ...(options.executablePath === undefined ? {} : { executablePath: options.executablePath }),
    ...(options.lang === undefined ? {} : { lang: options.lang }),
  });
  const count = Math.max(1, Math.floor(options.browsers ?? Math.min(2, availableParallelism())));
  const workers = Array.from(
    { length: count },
    () =>
      new BrowserWorker(
        executablePath,
        options.timeoutMs ?? 60_000,
        options.recycleAfter ?? 50,
        options.handleSignals ?? true,
      ),
  );
  try {
    await Promise.all(workers.map((worker) => worker.start()));
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.close()));
    throw error;
  }
  const idle = [...workers];
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
