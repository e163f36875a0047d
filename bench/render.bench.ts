import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { fromMarkdown } from "@quytrinh/markdown";
// The root package does not depend on @quytrinh/mermaid (yet): import it from its source.
import { createRenderer, findBrowser, type RenderFormat, toMermaid } from "@quytrinh/mermaid";
import { generateProcedureMarkdown } from "./generate-procedure.js";

/**
 * Renders 150 flowcharts (the examples plus generated procedures of 8, 20 and 60 steps) with the
 * warm-page renderer, and compares it with (a) one `mmdc` process per diagram and (b) mermaid-cli's
 * `renderMermaid` with one reused browser, on the same diagrams. Prints medians, ratios and peak
 * memory (RSS of node and all its browser processes).
 */

const root = fileURLToPath(new URL("..", import.meta.url));
const fromMermaidPackage = createRequire(join(root, "packages/mermaid/package.json"));
const TOTAL = 150;
const SIZES = [8, 20, 60];
/** Diagrams per size for the slow paths: (a) runs 5 diagrams in all, (b) 5 per size. */
const MMDC_SUBSET = 5;
const CLI_PER_SIZE = 5;
const TARGET_VS_CLI = 10;
const TARGET_VS_MMDC = 30;

interface Diagram {
  name: string;
  size: string;
  text: string;
}

/** The examples, then generated procedures cycling through the sizes, as Mermaid text. */
function corpus(): Diagram[] {
  const folder = join(root, "examples");
  const diagrams: Diagram[] = readdirSync(folder)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => {
      const { procedure } = fromMarkdown(readFileSync(join(folder, file), "utf8"), { file });
      return { name: file, size: "example", text: toMermaid(procedure).text };
    });
  for (let seed = 1; diagrams.length < TOTAL; seed++) {
    const steps = SIZES[seed % SIZES.length] ?? 8;
    const { procedure } = fromMarkdown(generateProcedureMarkdown(steps, seed));
    diagrams.push({
      name: `generated ${steps}/${seed}`,
      size: `${steps} steps`,
      text: toMermaid(procedure).text,
    });
  }
  const empty = diagrams.filter((diagram) => diagram.text === "");
  if (empty.length > 0) throw new Error(`no flowchart for ${empty.map((d) => d.name).join(", ")}`);
  return diagrams;
}

/** Largest total RSS (MB) of this process and its descendants, sampled while `work` runs. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = 0;
  const sample = () => {
    const rows = execFileSync("ps", ["-e", "-o", "pid=,ppid=,rss="], { encoding: "utf8" })
      .trim()
      .split("\n")
      .map((line) => line.trim().split(/\s+/).map(Number));
    const mine = new Set([process.pid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid = 0, ppid = 0] of rows) {
        if (mine.has(ppid) && !mine.has(pid)) {
          mine.add(pid);
          grew = true;
        }
      }
    }
    const kb = rows
      .filter(([pid = 0]) => mine.has(pid))
      .reduce((sum, row) => sum + (row[2] ?? 0), 0);
    peak = Math.max(peak, kb / 1024);
  };
  const timer = setInterval(sample, 250);
  try {
    const value = await work();
    sample();
    return { value, peakMb: peak };
  } finally {
    clearInterval(timer);
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
};
const round = (value: number, digits = 0) => Number(value.toFixed(digits));

/**
 * Our renderer with `browsers` browsers, each taking the next diagram when it is free: the time of
 * each render call (without queueing) and the wall time per diagram of the whole batch.
 */
async function ours(diagrams: readonly Diagram[], format: RenderFormat, browsers = 1) {
  const renderer = await createRenderer({ browsers });
  try {
    const times: number[] = new Array(diagrams.length).fill(Number.NaN);
    let next = 0;
    const lane = async () => {
      for (let index = next++; index < diagrams.length; index = next++) {
        const diagram = diagrams[index] as Diagram;
        const start = performance.now();
        const result = await renderer.render(diagram.text, { format });
        if (!result.ok) throw new Error(`${diagram.name}: ${result.error}`);
        times[index] = performance.now() - start;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: browsers }, lane));
    return { times, wallPerDiagram: (performance.now() - started) / diagrams.length };
  } finally {
    await renderer.close();
  }
}

/** (b) mermaid-cli's `renderMermaid` with one browser reused: per-diagram times in ms. */
async function mermaidCli(diagrams: readonly Diagram[]): Promise<number[]> {
  const cli = (await import(fromMermaidPackage.resolve("@mermaid-js/mermaid-cli"))) as {
    renderMermaid: (browser: unknown, text: string, format: "svg") => Promise<unknown>;
  };
  const puppeteer = (await import(fromMermaidPackage.resolve("puppeteer-core"))).default as {
    launch: (options: object) => Promise<{ close: () => Promise<void> }>;
  };
  const browser = await puppeteer.launch({ executablePath: findBrowser(), args: LAUNCH });
  try {
    const times: number[] = [];
    for (const diagram of diagrams) {
      const start = performance.now();
      await cli.renderMermaid(browser, diagram.text, "svg");
      times.push(performance.now() - start);
    }
    return times;
  } finally {
    await browser.close();
  }
}

const LAUNCH = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"];

/** (a) one `mmdc` process per diagram: per-diagram times in ms. */
async function mmdc(diagrams: readonly Diagram[]): Promise<number[]> {
  const bin = join(root, "packages/mermaid/node_modules/.bin/mmdc");
  const folder = mkdtempSync(join(tmpdir(), "quytrinh-bench-"));
  const config = join(folder, "puppeteer.json");
  writeFileSync(config, JSON.stringify({ executablePath: findBrowser(), args: LAUNCH }));
  try {
    const times: number[] = [];
    for (const [index, diagram] of diagrams.entries()) {
      const input = join(folder, `${index}.mmd`);
      writeFileSync(input, diagram.text);
      const start = performance.now();
      await promisify(execFile)(bin, [
        "-q",
        "-p",
        config,
        "-i",
        input,
        "-o",
        join(folder, `${index}.svg`),
      ]);
      times.push(performance.now() - start);
    }
    return times;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** One line saying whether a ratio meets its target. */
const verdict = (label: string, ratio: number, target: number) =>
  `${label}: ${round(ratio, 1)}× (target ≥ ${target}×) ${ratio >= target ? "met" : "NOT met"}`;

/** Runs the comparison and prints its tables. */
export default async function run(): Promise<void> {
  const diagrams = corpus();
  const bySize = (size: string) => diagrams.filter((diagram) => diagram.size === size);
  const cliSubset = SIZES.flatMap((steps) => bySize(`${steps} steps`).slice(0, CLI_PER_SIZE));
  const mmdcSubset = [
    ...bySize("example").slice(0, 2),
    ...cliSubset.filter((_, i) => i % CLI_PER_SIZE === 0),
  ];
  mmdcSubset.length = Math.min(mmdcSubset.length, MMDC_SUBSET);

  const svg = await withPeakRss(() => ours(diagrams, "svg"));
  const png = await withPeakRss(() => ours(diagrams, "png"));
  const png2 = await withPeakRss(() => ours(diagrams, "png", 2));
  const cliRun = await withPeakRss(() => mermaidCli(cliSubset));
  const mmdcRun = await withPeakRss(() => mmdc(mmdcSubset));

  const oursOn = (subset: readonly Diagram[]) =>
    median(subset.map((diagram) => svg.value.times[diagrams.indexOf(diagram)] ?? Number.NaN));
  const rows = [
    ...["example", ...SIZES.map((steps) => `${steps} steps`)].map((size) => {
      const times = bySize(size).map((d) => diagrams.indexOf(d));
      return {
        path: `ours, 1 browser, ${size} (${times.length})`,
        "SVG median (ms)": round(median(times.map((i) => svg.value.times[i] ?? Number.NaN))),
        "PNG 2× median (ms)": round(median(times.map((i) => png.value.times[i] ?? Number.NaN))),
      };
    }),
  ];
  console.log(`${diagrams.length} diagrams; times are per diagram, SVG unless said.`);
  console.table(rows);
  console.table([
    {
      path: "ours, 1 browser, all",
      "median (ms)": round(median(svg.value.times)),
      "wall/diagram (ms)": round(svg.value.wallPerDiagram),
      "peak RSS (MB)": round(svg.peakMb),
    },
    {
      path: "ours PNG 2×, 1 browser",
      "median (ms)": round(median(png.value.times)),
      "wall/diagram (ms)": round(png.value.wallPerDiagram),
      "peak RSS (MB)": round(png.peakMb),
    },
    {
      path: "ours PNG 2×, 2 browsers",
      "median (ms)": round(median(png2.value.times)),
      "wall/diagram (ms)": round(png2.value.wallPerDiagram),
      "peak RSS (MB)": round(png2.peakMb),
    },
    {
      path: `(b) renderMermaid, reused browser (${cliSubset.length})`,
      "median (ms)": round(median(cliRun.value)),
      "wall/diagram (ms)": "",
      "peak RSS (MB)": round(cliRun.peakMb),
    },
    {
      path: `(a) mmdc per diagram (${mmdcSubset.length})`,
      "median (ms)": round(median(mmdcRun.value)),
      "wall/diagram (ms)": "",
      "peak RSS (MB)": round(mmdcRun.peakMb),
    },
  ]);
  console.log(
    verdict(
      "(b) renderMermaid / ours, same diagrams",
      median(cliRun.value) / oursOn(cliSubset),
      TARGET_VS_CLI,
    ),
  );
  console.log(
    verdict(
      "(a) mmdc / ours, same diagrams",
      median(mmdcRun.value) / oursOn(mmdcSubset),
      TARGET_VS_MMDC,
    ),
  );
  console.log(
    `2 browsers vs 1, PNG throughput: ${round(png.value.wallPerDiagram / png2.value.wallPerDiagram, 2)}×`,
  );
}
