import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { findBrowser } from "@quytrinh/mermaid";
import { buildCli, repoRoot, runBuiltCli } from "../test/support/built-cli.js";
import { type CorpusFile, writeCommuneCorpus } from "./commune-corpus.js";
import { type TreeMemory, treeMemory, withPeakMemory } from "./peak-rss.js";

const run = promisify(execFile);

/** Targets from issue #5, on a 2-core machine. */
const WALL_TARGET_S = 30;
const RSS_TARGET_MB = 1536;
const SUBSET_SIZE = 10;
const LAUNCH = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"];

/** Wall time and the peak memory of the process tree it started (browser and workers included). */
interface Measured {
  seconds: number;
  peak: TreeMemory;
}

/**
 * `quytrinh build` of a generated commune (150 procedures, 5 to 40 steps) to DOCX + PNG and to
 * DOCX only, with the built binary (`packages/cli/dist/bin.js`, what users run; `tsx` would add
 * its own start-up and transform time to every worker). Then, interleaved on a 10-file subset,
 * the same build against a naive loop running `mmdc` and `pandoc` once per file; prints the ratio.
 */
export default async function runBuildBench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "quytrinh-build-bench-"));
  try {
    await buildCli();
    const corpus = join(folder, "xa");
    const files = writeCommuneCorpus(corpus);
    console.log(describeCorpus(files));
    console.log(
      `load average before: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(" ")}`,
    );

    const withImages = await timedBuild(corpus, join(folder, "out-png"), "docx,png");
    const docxOnly = await timedBuild(corpus, join(folder, "out-docx"), "docx");
    console.log("\n| 150 procedures | wall (s) | peak RSS (MB) | peak PSS (MB) |");
    console.log("| --- | ---: | ---: | ---: |");
    console.log(row("docx + png", withImages));
    console.log(row("docx only", docxOnly));
    const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
    console.log(
      `\ntargets: ≤ ${WALL_TARGET_S} s with images: ${verdict(withImages.seconds <= WALL_TARGET_S)}; ` +
        `≤ ${RSS_TARGET_MB} MB peak RSS: ${verdict(withImages.peak.rssMb <= RSS_TARGET_MB)}`,
    );

    const subset = join(folder, "subset");
    mkdirSync(subset);
    const step = Math.floor(files.length / SUBSET_SIZE);
    for (let index = 0; index < SUBSET_SIZE; index++) {
      const name = files[index * step]?.name ?? "";
      copyFileSync(join(corpus, name), join(subset, name));
    }
    await compareWithNaiveLoop(subset, folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  console.log(
    `load average after: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")}`,
  );
}

/** Runs `quytrinh build <input> --out <out> --format <formats> --force` and measures it. */
async function timedBuild(input: string, out: string, formats: string): Promise<Measured> {
  const before = treeMemory();
  const start = performance.now();
  const args = ["build", input, "--out", out, "--format", formats, "--force", "--json"];
  const { value, peak } = await withPeakMemory(() => runBuiltCli(args, repoRoot));
  const seconds = (performance.now() - start) / 1000;
  // Exit code 1 is expected: generated procedures break validation rules (their documents are
  // still published). A failed file or a missing output is not.
  const report = JSON.parse(value.stdout) as { failed: number };
  const written = readdirSync(out).filter((name) => !name.startsWith(".")).length;
  const expected = readdirSync(input).length * formats.split(",").length;
  if (report.failed > 0 || written !== expected) {
    throw new Error(`${out}: ${report.failed} failed, ${written} files of ${expected}`);
  }
  return {
    seconds,
    peak: { rssMb: peak.rssMb - before.rssMb, pssMb: peak.pssMb - before.pssMb },
  };
}

/**
 * The subset built by `quytrinh build --format docx,png` and by a naive loop (per file: `mmdc` on
 * its Mermaid text, then `pandoc` on its Markdown), alternating so machine load falls on both.
 */
async function compareWithNaiveLoop(subset: string, folder: string): Promise<void> {
  const mermaid = join(folder, "subset-mmd");
  await runBuiltCli(["build", subset, "--out", mermaid, "--format", "mmd"], repoRoot);
  const mmdc = join(repoRoot, "packages/mermaid/node_modules/.bin/mmdc");
  const config = join(folder, "puppeteer.json");
  writeFileSync(config, JSON.stringify({ executablePath: findBrowser(), args: LAUNCH }));
  const names = readdirSync(subset).map((name) => name.slice(0, -".md".length));
  const naive = async (out: string) => {
    mkdirSync(out, { recursive: true });
    for (const name of names) {
      const png = join(out, `${name}.png`);
      await run(mmdc, [
        "-q",
        "-p",
        config,
        "-s",
        "2",
        "-i",
        join(mermaid, `${name}.mmd`),
        "-o",
        png,
      ]);
      await run("pandoc", [join(subset, `${name}.md`), "-o", join(out, `${name}.docx`)]);
    }
  };
  const ours: number[] = [];
  const theirs: number[] = [];
  for (const round of [1, 2]) {
    ours.push((await timedBuild(subset, join(folder, `ours-${round}`), "docx,png")).seconds);
    const start = performance.now();
    await naive(join(folder, `naive-${round}`));
    theirs.push((performance.now() - start) / 1000);
  }
  const best = (values: number[]) => Math.min(...values);
  console.log(`\n| ${SUBSET_SIZE} procedures, docx + png | wall (s), best of 2 |`);
  console.log("| --- | ---: |");
  console.log(`| quytrinh build | ${best(ours).toFixed(1)} |`);
  console.log(`| naive loop (mmdc + pandoc per file) | ${best(theirs).toFixed(1)} |`);
  console.log(`\nratio naive / quytrinh: ${(best(theirs) / best(ours)).toFixed(1)}×`);
}

/** One table row: a label, wall seconds and peak memory. */
function row(label: string, measured: Measured): string {
  const { seconds, peak } = measured;
  return `| ${label} | ${seconds.toFixed(1)} | ${peak.rssMb.toFixed(0)} | ${peak.pssMb.toFixed(0)} |`;
}

/** A line saying how big the corpus is and how its sizes are spread. */
function describeCorpus(files: readonly CorpusFile[]): string {
  const steps = files.map((file) => file.steps).sort((a, b) => a - b);
  const at = (share: number) => steps[Math.floor(share * (steps.length - 1))] ?? 0;
  const total = steps.reduce((sum, count) => sum + count, 0);
  return (
    `${files.length} procedures, ${total} steps; steps min ${at(0)}, median ${at(0.5)}, ` +
    `p90 ${at(0.9)}, max ${at(1)}; ${cpus().length} cores`
  );
}
