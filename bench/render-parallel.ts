// Run from the repository root: node --conditions=source --import tsx bench/render-parallel.ts [rounds] [per-round]
import { loadavg } from "node:os";
import { createRenderer } from "@quytrinh/mermaid";
import { median } from "./median.js";
import { treeCpuMs, withPeakMemory } from "./peak-rss.js";
import { type Diagram, renderCorpus } from "./render-corpus.js";

/**
 * PNGs at 2× in parallel with `createRenderer` (recycling each browser after 50 diagrams, as the
 * build does): 1 browser with 1 warm page, 2 browsers with 1 page each, and 1 browser with 2 pages,
 * each page taking the next diagram as soon as it is free. Every round renders a fresh slice of the
 * corpus with each layout in rotating order (so machine load falls on all alike); prints wall time,
 * CPU time of the whole process tree, peak RSS and PSS of the tree, and the load average.
 */

const SCALE = 2;

/** One layout on one slice: starts a renderer, renders every diagram at once, closes it. */
async function run(browsers: number, pages: number, diagrams: readonly Diagram[]) {
  const renderer = await createRenderer({ browsers, pages });
  try {
    const cpuStart = treeCpuMs();
    const started = performance.now();
    const { peak } = await withPeakMemory(() =>
      Promise.all(
        diagrams.map(async (diagram) => {
          const result = await renderer.render(diagram.text, { format: "png", scale: SCALE });
          if (!result.ok) throw new Error(`${diagram.name}: ${result.error}`);
        }),
      ),
    );
    return { wallMs: performance.now() - started, cpuMs: treeCpuMs() - cpuStart, peak };
  } finally {
    await renderer.close();
  }
}

const rounds = Number(process.argv[2] ?? 3);
const perRound = Number(process.argv[3] ?? 50);
console.log(
  `load average: ${loadavg()
    .map((value) => value.toFixed(2))
    .join(", ")}`,
);
const layouts: [number, number][] = [
  [1, 1],
  [2, 1],
  [1, 2],
];
const corpus = renderCorpus(150).filter((diagram) => diagram.size !== "example");
const totals = new Map<
  string,
  { wall: number; cpu: number; n: number; rss: number[]; pss: number[] }
>();
for (let round = 0; round < rounds; round++) {
  const slice = corpus.slice(round * perRound, (round + 1) * perRound);
  for (let turn = 0; turn < layouts.length; turn++) {
    const [browsers, pages] = layouts[(turn + round) % layouts.length] ?? [1, 1];
    const name = `${browsers} browser${browsers > 1 ? "s" : ""} × ${pages} page${pages > 1 ? "s" : ""}`;
    const result = await run(browsers, pages, slice);
    const total = totals.get(name) ?? { wall: 0, cpu: 0, n: 0, rss: [], pss: [] };
    total.wall += result.wallMs;
    total.cpu += result.cpuMs;
    total.n += slice.length;
    total.rss.push(result.peak.rssMb);
    total.pss.push(result.peak.pssMb);
    totals.set(name, total);
  }
}
console.log(
  `load average: ${loadavg()
    .map((value) => value.toFixed(2))
    .join(", ")}`,
);
console.log(`${rounds} rounds of ${perRound} PNGs at ${SCALE}× per layout, in rotating order:`);
console.table(
  [...totals].map(([layout, total]) => ({
    layout,
    "wall ms/PNG": Math.round(total.wall / total.n),
    "CPU ms/PNG (tree)": Math.round(total.cpu / total.n),
    "peak RSS sum (MB)": Math.round(Math.max(...total.rss)),
    "peak PSS sum (MB)": Math.round(Math.max(...total.pss)),
    "median peak PSS (MB)": Math.round(median(total.pss)),
  })),
);
