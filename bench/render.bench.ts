import { loadavg } from "node:os";
import { createRenderer, type Renderer, type RenderFormat } from "@quytrinh/mermaid";
import { median } from "./median.js";
import { withPeakMemory } from "./peak-rss.js";
import { type Baseline, mmdcBaseline, renderMermaidBaseline } from "./render-baselines.js";
import { CORPUS_SIZES, type Diagram, renderCorpus } from "./render-corpus.js";

/**
 * Renders 150 flowcharts (the examples plus generated procedures of 8, 20 and 60 steps) with our
 * warm-page renderer and ONE browser, as SVG and as PNG, with the peak memory of node and all its
 * browser processes. Then, on a sample of the same diagrams, times ours, (b) mermaid-cli's
 * `renderMermaid` with one reused browser and (a) one `mmdc` process per diagram side by side,
 * diagram by diagram, so machine load falls on all three alike, and prints the ratios and the load
 * average before and after. Ours runs Mermaid's bundle with the renderer's speed-ups (cached
 * `getConfig`, remembered DOMPurify answers: `bench/render-patch-compare.ts` measures them alone);
 * (b) pays for a fresh page and Mermaid's load (about 0.7 s) on top of Mermaid as shipped, so the
 * ratio to (b) is bounded by how fast Mermaid's own render is in our warm page.
 */

const TOTAL = 150;
/** Diagrams per size class timed with (b) `renderMermaid`; (a) `mmdc` takes the first `MMDC_PER_SIZE`. */
const CLI_PER_SIZE = 5;
const MMDC_PER_SIZE = 2;
const TARGET_VS_CLI = 10;
const TARGET_VS_MMDC = 30;
const MEMORY_LIMIT_MB = 1536;

const round = (value: number, digits = 0) => Number(value.toFixed(digits));
/** The 1, 5 and 15 minute load averages, for the record: the machine may be shared. */
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");
const SIZE_CLASSES = ["example", ...CORPUS_SIZES.map((steps) => `${steps} steps`)];

/** Our renderer, one browser, every diagram in turn: per-call times and wall time per diagram. */
async function ours(diagrams: readonly Diagram[], format: RenderFormat) {
  const renderer = await createRenderer({ browsers: 1 });
  try {
    const times: number[] = [];
    const started = performance.now();
    for (const diagram of diagrams) {
      const start = performance.now();
      const result = await renderer.render(diagram.text, { format });
      if (!result.ok) throw new Error(`${diagram.name}: ${result.error}`);
      times.push(performance.now() - start);
    }
    return { times, wallPerDiagram: (performance.now() - started) / diagrams.length };
  } finally {
    await renderer.close();
  }
}

/** SVG render time of ours, in ms. */
async function timeOurs(renderer: Renderer, text: string): Promise<number> {
  const start = performance.now();
  const result = await renderer.render(text, { format: "svg" });
  if (!result.ok) throw new Error(result.error);
  return performance.now() - start;
}

/** Ours, (b) and (a) on the same diagrams, one diagram at a time, in rotating order. */
async function sideBySide(sample: readonly Diagram[], mmdcSample: ReadonlySet<Diagram>) {
  const renderer = await createRenderer({ browsers: 1 });
  const cli: Baseline = await renderMermaidBaseline();
  const mmdc: Baseline = mmdcBaseline();
  const rows: { diagram: Diagram; ours: number; cli: number; mmdc?: number }[] = [];
  try {
    for (const [index, diagram] of sample.entries()) {
      const runs: [string, () => Promise<number>][] = [
        ["ours", () => timeOurs(renderer, diagram.text)],
        ["cli", () => cli.render(diagram.text)],
        ...(mmdcSample.has(diagram)
          ? [["mmdc", () => mmdc.render(diagram.text)] as [string, () => Promise<number>]]
          : []),
      ];
      const times: Record<string, number> = {};
      for (let turn = 0; turn < runs.length; turn++) {
        const [name, run] = runs[(turn + index) % runs.length] as (typeof runs)[number];
        times[name] = await run();
      }
      rows.push({
        diagram,
        ours: times.ours ?? Number.NaN,
        cli: times.cli ?? Number.NaN,
        ...(times.mmdc === undefined ? {} : { mmdc: times.mmdc }),
      });
    }
    return rows;
  } finally {
    await Promise.all([renderer.close(), cli.close(), mmdc.close()]);
  }
}

/** One line saying whether a ratio meets its target. */
const verdict = (label: string, ratio: number, target: number) =>
  `${label}: ${round(ratio, 1)}× (target ≥ ${target}×) ${ratio >= target ? "met" : "NOT met"}`;

/** Runs the measurements and prints their tables. */
export default async function run(): Promise<void> {
  console.log(`load average before: ${load()}`);
  const diagrams = renderCorpus(TOTAL);
  const svg = await withPeakMemory(() => ours(diagrams, "svg"));
  const png = await withPeakMemory(() => ours(diagrams, "png"));
  const bySize = (size: string) => diagrams.filter((diagram) => diagram.size === size);
  const timesOf = (times: readonly number[], size: string) =>
    bySize(size).map((diagram) => times[diagrams.indexOf(diagram)] ?? Number.NaN);

  console.log(`${diagrams.length} diagrams, ours with 1 browser; median ms per diagram:`);
  console.table(
    SIZE_CLASSES.map((size) => ({
      "size (count)": `${size} (${bySize(size).length})`,
      SVG: round(median(timesOf(svg.value.times, size))),
      "PNG 2×": round(median(timesOf(png.value.times, size))),
    })),
  );
  console.table(
    [
      ["SVG", svg],
      ["PNG 2×", png],
    ].map(([format, run]) => {
      const { value, peak } = run as typeof svg;
      return {
        "ours, 1 browser, all 150": format,
        "median (ms)": round(median(value.times)),
        "wall/diagram (ms)": round(value.wallPerDiagram),
        "peak RSS sum (MB)": round(peak.rssMb),
        "peak PSS sum (MB)": round(peak.pssMb),
      };
    }),
  );
  console.log(
    `PNG peak memory of node and the browser, RSS summed over the process tree: ${round(png.peak.rssMb)} MB, ` +
      `${png.peak.rssMb <= MEMORY_LIMIT_MB ? "within" : "OVER"} the ${MEMORY_LIMIT_MB} MB budget`,
  );

  const sample = CORPUS_SIZES.flatMap((steps) => bySize(`${steps} steps`).slice(0, CLI_PER_SIZE));
  const mmdcSample = new Set(
    CORPUS_SIZES.flatMap((steps) => bySize(`${steps} steps`).slice(0, MMDC_PER_SIZE)),
  );
  const compared = await sideBySide(sample, mmdcSample);
  const withMmdc = compared.filter((row) => row.mmdc !== undefined);
  console.log(
    `\nSide by side, SVG, diagram by diagram: (b) on ${compared.length} diagrams (${CLI_PER_SIZE} per size), ` +
      `(a) mmdc on a sample of ${withMmdc.length} (${MMDC_PER_SIZE} per size, about 2-4 s each); median ms:`,
  );
  console.table(
    CORPUS_SIZES.map((steps) => {
      const rows = compared.filter((row) => row.diagram.size === `${steps} steps`);
      const mmdcRows = rows.filter((row) => row.mmdc !== undefined);
      return {
        size: `${steps} steps`,
        ours: round(median(rows.map((row) => row.ours))),
        "(b) renderMermaid": round(median(rows.map((row) => row.cli))),
        "(a) mmdc": round(median(mmdcRows.map((row) => row.mmdc ?? Number.NaN))),
      };
    }),
  );
  const oursAll = median(compared.map((row) => row.ours));
  console.log(
    verdict(
      "(b) renderMermaid / ours",
      median(compared.map((row) => row.cli)) / oursAll,
      TARGET_VS_CLI,
    ),
  );
  console.log(
    verdict(
      "(a) mmdc / ours",
      median(withMmdc.map((row) => row.mmdc ?? Number.NaN)) /
        median(withMmdc.map((row) => row.ours)),
      TARGET_VS_MMDC,
    ),
  );
  console.log(`load average after: ${load()}`);
}
