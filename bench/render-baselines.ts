import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { findBrowser } from "@quytrinh/mermaid";

/** The two ways of rendering Mermaid that the render benchmark compares ours with. */

const root = fileURLToPath(new URL("..", import.meta.url));
const fromMermaidPackage = createRequire(join(root, "packages/mermaid/package.json"));
const LAUNCH = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"];

/** Renders one text to SVG and resolves to the milliseconds it took. */
export type TimedRender = (text: string) => Promise<number>;

/** A baseline ready to render, and how to shut it down. */
export interface Baseline {
  render: TimedRender;
  close(): Promise<void>;
}

/** (b) mermaid-cli's `renderMermaid(browser, text, "svg")` with one browser reused for every call. */
export async function renderMermaidBaseline(): Promise<Baseline> {
  const cli = (await import(fromMermaidPackage.resolve("@mermaid-js/mermaid-cli"))) as {
    renderMermaid: (browser: unknown, text: string, format: "svg") => Promise<unknown>;
  };
  const puppeteer = (await import(fromMermaidPackage.resolve("puppeteer-core"))).default as {
    launch: (options: object) => Promise<{ close: () => Promise<void> }>;
  };
  const browser = await puppeteer.launch({ executablePath: findBrowser(), args: LAUNCH });
  return {
    async render(text) {
      const start = performance.now();
      await cli.renderMermaid(browser, text, "svg");
      return performance.now() - start;
    },
    close: () => browser.close(),
  };
}

/** (a) one `mmdc` process per diagram, writing an SVG file. */
export function mmdcBaseline(): Baseline {
  const bin = join(root, "packages/mermaid/node_modules/.bin/mmdc");
  const folder = mkdtempSync(join(tmpdir(), "quytrinh-bench-"));
  const config = join(folder, "puppeteer.json");
  writeFileSync(config, JSON.stringify({ executablePath: findBrowser(), args: LAUNCH }));
  let count = 0;
  return {
    async render(text) {
      const input = join(folder, `${++count}.mmd`);
      writeFileSync(input, text);
      const output = join(folder, `${count}.svg`);
      const start = performance.now();
      await promisify(execFile)(bin, ["-q", "-p", config, "-i", input, "-o", output]);
      return performance.now() - start;
    },
    close: async () => rmSync(folder, { recursive: true, force: true }),
  };
}
