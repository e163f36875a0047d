import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packDocx, toDocx } from "@quytrinh/docx";
import { fromMarkdown } from "@quytrinh/markdown";
import { generateProcedureMarkdown } from "./generate-procedure.js";
import { median as medianOf } from "./median.js";

/** Smallest accepted ratio of pandoc's time per document to ours (toDocx + pack). */
const PANDOC_RATIO_TARGET = 5;
const SIZES = [20, 60];
/** Rounds per size; each runs one pandoc process and then each of our tasks `PER_ROUND` times. */
const ROUNDS = 9;
const PER_ROUND = 3;

/**
 * `toDocx` + `packDocx` with the native flowchart for generated procedures of 20 and 60 steps,
 * interleaved with Debian's `pandoc` turning the same Markdown into DOCX (one process per
 * document), so machine load falls on both alike. Prints medians in milliseconds and the ratio.
 */
export default async function run(): Promise<void> {
  const pandoc = findPandoc();
  const folder = mkdtempSync(join(tmpdir(), "quytrinh-docx-bench-"));
  const rows = [];
  try {
    for (const steps of SIZES) {
      const markdown = generateProcedureMarkdown(steps, 1);
      const { procedure } = fromMarkdown(markdown);
      const source = join(folder, `procedure-${steps}.md`);
      const target = join(folder, `pandoc-${steps}.docx`);
      writeFileSync(source, markdown);
      const tasks: Record<string, () => unknown> = {
        ours: () => packDocx(toDocx(procedure)),
        withoutFlowchart: () => packDocx(toDocx(procedure, { flowchart: "none" })),
        fromMarkdown: () => packDocx(toDocx(fromMarkdown(markdown).procedure)),
      };
      const samples = new Map<string, number[]>(
        [...Object.keys(tasks), "pandoc"].map((name) => [name, []]),
      );
      // Processor time as well as wall time: on a loaded machine it shows the work each side does.
      const cpu = { ours: [] as number[], pandoc: [] as number[] };
      const time = async (task: () => unknown) => {
        const start = performance.now();
        const startCpu = process.cpuUsage();
        await task();
        const used = process.cpuUsage(startCpu);
        if (task === tasks.ours) cpu.ours.push((used.user + used.system) / 1000);
        return performance.now() - start;
      };
      for (const task of Object.values(tasks)) await task();
      if (pandoc) execFileSync(pandoc, [source, "-o", target]);
      for (let round = 0; round < ROUNDS; round++) {
        if (pandoc) {
          samples
            .get("pandoc")
            ?.push(await time(() => execFileSync(pandoc, [source, "-o", target])));
          cpu.pandoc.push(pandocCpuMs(pandoc, source, target));
        }
        for (const [name, task] of Object.entries(tasks)) {
          for (let repeat = 0; repeat < PER_ROUND; repeat++)
            samples.get(name)?.push(await time(task));
        }
      }
      const median = (name: string) => medianOf(samples.get(name) ?? []);
      const pandocMs = median("pandoc");
      rows.push({
        procedure: `${steps} steps`,
        "toDocx + pack (ms)": round(median("ours")),
        "… without flowchart (ms)": round(median("withoutFlowchart")),
        "fromMarkdown + toDocx + pack (ms)": round(median("fromMarkdown")),
        "pandoc process (ms)": round(pandocMs),
        "pandoc / ours": round(pandocMs / median("ours"), 2),
        "pandoc / (parse + ours)": round(pandocMs / median("fromMarkdown"), 2),
        "CPU ms ours / pandoc": `${round(medianOf(cpu.ours))} / ${round(medianOf(cpu.pandoc))}`,
        "CPU pandoc / ours": round(medianOf(cpu.pandoc) / medianOf(cpu.ours), 2),
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
    `pandoc / (toDocx + pack), worst size: ${worst}× (target ≥ ${PANDOC_RATIO_TARGET}×) ${worst >= PANDOC_RATIO_TARGET ? "met" : "NOT met"}`,
  );
}

/** Processor time (user + system) of one pandoc process, as bash's `time` reports it. */
function pandocCpuMs(pandoc: string, source: string, target: string): number {
  const script = 'TIMEFORMAT="%3U %3S"; time "$0" "$1" -o "$2"';
  const { stderr } = spawnSync("bash", ["-c", script, pandoc, source, target], {
    encoding: "utf8",
  });
  const [user, system] = stderr.trim().split(/\s+/).slice(-2).map(Number);
  return ((user ?? Number.NaN) + (system ?? Number.NaN)) * 1000;
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

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
