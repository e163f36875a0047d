import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// The root package does not depend on @quytrinh/docx (yet): import it from its source.
import { packDocx, toDocx } from "@quytrinh/docx";
import { fromMarkdown } from "@quytrinh/markdown";
import { generateProcedureMarkdown } from "./generate-procedure.js";
import { medianMs } from "./measure.js";

/** Smallest accepted ratio of pandoc's time per document to ours. */
const PANDOC_RATIO_TARGET = 5;
const SIZES = [20, 60];
/** pandoc processes per size. */
const PANDOC_RUNS = 7;

/**
 * `toDocx` + `packDocx` with the native flowchart for generated procedures of 20 and 60 steps,
 * side by side with Debian's `pandoc` turning the same Markdown into DOCX, one process per
 * document. Prints medians in milliseconds and the ratio.
 */
export default async function run(): Promise<void> {
  const pandoc = findPandoc();
  const folder = mkdtempSync(join(tmpdir(), "quytrinh-docx-bench-"));
  const rows = [];
  try {
    for (const steps of SIZES) {
      const markdown = generateProcedureMarkdown(steps, 1);
      const { procedure } = fromMarkdown(markdown);
      const medians = await medianMs(
        {
          ours: () => packDocx(toDocx(procedure)),
          withoutFlowchart: () => packDocx(toDocx(procedure, { flowchart: "none" })),
          oursFromMarkdown: () => packDocx(toDocx(fromMarkdown(markdown).procedure)),
        },
        { rounds: 2, time: 0, iterations: 5 },
      );
      const source = join(folder, `procedure-${steps}.md`);
      writeFileSync(source, markdown);
      const pandocMs = pandoc
        ? pandocMedian(pandoc, source, join(folder, `pandoc-${steps}.docx`))
        : Number.NaN;
      const ours = medians.ours ?? Number.NaN;
      const full = medians.oursFromMarkdown ?? Number.NaN;
      rows.push({
        procedure: `${steps} steps`,
        "toDocx + pack (ms)": round(ours),
        "… without flowchart (ms)": round(medians.withoutFlowchart ?? Number.NaN),
        "fromMarkdown + toDocx + pack (ms)": round(full),
        "pandoc process (ms)": round(pandocMs),
        "pandoc / ours": round(pandocMs / full, 2),
      });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  console.table(rows);
  if (!pandoc) {
    console.log("pandoc not found: install Debian's pandoc to compare (apt-get install pandoc)");
    return;
  }
  const worst = Math.min(...rows.map((row) => row["pandoc / ours"]));
  console.log(
    `pandoc / ours, worst size: ${worst}× (target ≥ ${PANDOC_RATIO_TARGET}×) ${worst >= PANDOC_RATIO_TARGET ? "met" : "NOT met"}`,
  );
}

function findPandoc(): string | undefined {
  try {
    return (
      execFileSync("sh", ["-c", "command -v pandoc"], { encoding: "utf8" }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/** Median wall time of `pandoc source -o target`, one process per document. */
function pandocMedian(pandoc: string, source: string, target: string): number {
  execFileSync(pandoc, [source, "-o", target]);
  const times = Array.from({ length: PANDOC_RUNS }, () => {
    const start = performance.now();
    execFileSync(pandoc, [source, "-o", target]);
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
