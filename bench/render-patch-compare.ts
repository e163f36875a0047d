// Run from the repository root: node --conditions=source --import tsx bench/render-patch-compare.ts [per-size]
import { readFileSync } from "node:fs";
import { loadMermaidSource } from "@quytrinh/mermaid";
import { type BenchPage, fromMermaid, launchBenchBrowser, openBenchPage } from "./bench-page.js";
import { median } from "./median.js";
import { CORPUS_SIZES, renderCorpus } from "./render-corpus.js";

/**
 * What the bundle patches save: Mermaid's `render` time in the page (the `ms.mermaid` the page
 * script reports) with Mermaid as shipped and as the renderer loads it, one page each in one
 * browser, diagram by diagram in alternating order so that machine load falls on both alike.
 * Prints the median per size class and the ratio.
 */

type Page = BenchPage;
type Render = (id: string, text: string, scale: null) => Promise<{ ms: { mermaid: number } }>;

let counter = 0;
/** Mermaid's own render time of one SVG in `page`, in ms. */
async function mermaidMs(page: Page, text: string): Promise<number> {
  const result = await page.evaluate(
    (id, text) =>
      (globalThis as unknown as { __quytrinh: { render: Render } }).__quytrinh.render(
        id,
        text,
        null,
      ),
    `c${++counter}`,
    text,
  );
  return result.ms.mermaid;
}

const perSize = Number(process.argv[2] ?? 10);
const corpus = renderCorpus(150);
const sample = CORPUS_SIZES.flatMap((steps) =>
  corpus.filter((diagram) => diagram.size === `${steps} steps`).slice(0, perSize),
);
const browser = await launchBenchBrowser();
try {
  const variants = {
    shipped: readFileSync(fromMermaid.resolve("mermaid/dist/mermaid.min.js"), "utf8"),
    patched: (await loadMermaidSource()).script,
  };
  const pages = new Map<string, Page>();
  for (const [name, script] of Object.entries(variants)) {
    pages.set(name, await openBenchPage(browser, script));
  }
  const times = new Map<string, { shipped: number[]; patched: number[] }>();
  for (const [index, diagram] of sample.entries()) {
    const row = times.get(diagram.size) ?? { shipped: [], patched: [] };
    const order =
      index % 2 === 0 ? (["shipped", "patched"] as const) : (["patched", "shipped"] as const);
    for (const name of order) {
      const page = pages.get(name);
      if (page) row[name].push(await mermaidMs(page, diagram.text));
    }
    times.set(diagram.size, row);
  }
  console.log(
    `Mermaid's render in the page, median ms, ${perSize} diagrams per size, alternating:`,
  );
  console.table(
    [...times].map(([size, row]) => ({
      size,
      shipped: Math.round(median(row.shipped)),
      patched: Math.round(median(row.patched)),
      "shipped / patched": Number((median(row.shipped) / median(row.patched)).toFixed(2)),
    })),
  );
} finally {
  await browser.close();
}
