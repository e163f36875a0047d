// Run from the repository root: node --conditions=source --import tsx bench/render-profile.ts [count]
import { readFileSync } from "node:fs";
import { loadMermaidSource } from "@quytrinh/mermaid";
import { type BenchPage, fromMermaid, launchBenchBrowser, openBenchPage } from "./bench-page.js";
import { median } from "./median.js";
import { type Diagram, renderCorpus } from "./render-corpus.js";

/**
 * Where the renderer's milliseconds go, per diagram and size: Mermaid's `render` (parse, layout,
 * text measuring, DOM), the PNG step (canvas drawing and encoding), the CDP round trip with
 * Node's share, and base64 decoding in Node. Then a V8 CPU profile of the page over the batch,
 * self time per function, with Mermaid's bundle as the renderer loads it and as shipped
 * (unminified, so the names are readable).
 */

interface PageResult {
  png?: string;
  ms: { mermaid: number; png: number };
}
type Render = (id: string, text: string, scale: number | null) => Promise<PageResult>;
type Page = BenchPage;
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; lineNumber: number };
}

let counter = 0;
const render = (page: Page, text: string, scale: number | null) =>
  page.evaluate(
    (id, text, scale) =>
      (globalThis as unknown as { __quytrinh: { render: Render } }).__quytrinh.render(
        id,
        text,
        scale,
      ),
    `p${++counter}`,
    text,
    scale,
  );

/** Phase times per size class, as a table. */
async function phases(page: Page, diagrams: Diagram[]) {
  const rows = new Map<string, Record<string, number[]>>();
  for (const diagram of diagrams) {
    for (const scale of [null, 2]) {
      const start = performance.now();
      const result = await render(page, diagram.text, scale);
      const total = performance.now() - start;
      const decodeStart = performance.now();
      if (result.png) Buffer.from(result.png, "base64");
      const decode = performance.now() - decodeStart;
      const key = `${diagram.size} ${scale ? "PNG" : "SVG"}`;
      const row = rows.get(key) ?? { mermaid: [], png: [], trip: [], decode: [] };
      row.mermaid?.push(result.ms.mermaid);
      row.png?.push(result.ms.png);
      row.trip?.push(total - result.ms.mermaid - result.ms.png);
      row.decode?.push(decode);
      rows.set(key, row);
    }
  }
  console.table(
    [...rows].sort().map(([key, row]) => ({
      "size, format": key,
      n: row.mermaid?.length,
      "mermaid.render (ms)": Math.round(median(row.mermaid ?? [])),
      "canvas + PNG encode (ms)": Math.round(median(row.png ?? [])),
      "CDP round trip + transfer (ms)": Math.round(median(row.trip ?? [])),
      "base64 decode in Node (ms)": Math.round(median(row.decode ?? []) * 10) / 10,
    })),
  );
}

/** Self time per function of a CPU profile of SVG renders, largest first. */
async function cpuProfile(page: Page, diagrams: Diagram[], title: string) {
  const cdp = await page.createCDPSession();
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.start");
  for (const diagram of diagrams) await render(page, diagram.text, null);
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id);
    const name = frame?.functionName || `(anonymous) line ${(frame?.lineNumber ?? -1) + 1}`;
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const sum = [...totals.values()].reduce((a, b) => a + b, 0);
  console.log(`${title}: ${Math.round(sum)} ms of CPU for ${diagrams.length} SVGs; top self times`);
  console.table(
    [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, ms]) => ({
        function: name,
        ms: Math.round(ms),
        "%": Math.round((100 * ms) / sum),
      })),
  );
}

const count = Number(process.argv[2] ?? 30);
const all = renderCorpus(150);
const diagrams = all.filter((_, index) => index % Math.ceil(all.length / count) === 0);
const browser = await launchBenchBrowser();
try {
  const page = await openBenchPage(browser, (await loadMermaidSource()).script);
  for (const diagram of diagrams.slice(0, 3)) await render(page, diagram.text, 2); // warm up
  await phases(page, diagrams);
  await cpuProfile(page, diagrams, "Mermaid as the renderer loads it");
  const shipped = readFileSync(fromMermaid.resolve("mermaid/dist/mermaid.js"), "utf8");
  await cpuProfile(
    await openBenchPage(browser, shipped),
    diagrams,
    "Mermaid as shipped (unminified)",
  );
} finally {
  await browser.close();
}
