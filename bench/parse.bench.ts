import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { fromMarkdown } from "@quytrinh/markdown";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { generateProcedureMarkdown } from "./generate-procedure.js";
import { medianMs } from "./measure.js";

/** The remark baseline: bare remark-parse + remark-gfm, no model building. */
const bareRemark = unified().use(remarkParse).use(remarkGfm);

/** Largest accepted ratio of `fromMarkdown` to bare remark on the same text. */
const REMARK_RATIO_TARGET = 3;
/** Largest accepted ratio of the 200-step time to the 20-step time (linear growth). */
const GROWTH_RATIO_TARGET = 12;

interface Row {
  name: string;
  text: string;
}

/**
 * Parse + model build (`fromMarkdown`) against bare remark-parse + remark-gfm on the same text,
 * for every example and for generated procedures of 20, 60 and 200 steps.
 */
export default async function run(): Promise<void> {
  const rows: Row[] = [...(await examples()), ...[20, 60, 200].map(generated)];
  const results: Array<Row & { ours: number; remark: number }> = [];
  for (const row of rows) {
    if (
      fromMarkdown(row.text, { file: row.name }).diagnostics.some((d) => d.severity === "error")
    ) {
      console.warn(`note: ${row.name} has parse errors; it is still measured`);
    }
    const medians = await medianMs({
      ours: () => fromMarkdown(row.text, { file: row.name }),
      remark: () => bareRemark.parse(row.text),
    });
    results.push({
      ...row,
      ours: medians.ours ?? Number.NaN,
      remark: medians.remark ?? Number.NaN,
    });
  }
  console.table(
    results.map((result) => ({
      procedure: result.name,
      "size (kB)": round(result.text.length / 1024, 1),
      "fromMarkdown (ms)": round(result.ours, 3),
      "bare remark (ms)": round(result.remark, 3),
      ratio: round(result.ours / result.remark, 2),
    })),
  );
  const worst = Math.max(...results.map((result) => result.ours / result.remark));
  const time = (name: string) => results.find((result) => result.name === name)?.ours ?? Number.NaN;
  const growth = time("generated 200 steps") / time("generated 20 steps");
  console.log(verdict("worst ratio to bare remark", worst, REMARK_RATIO_TARGET));
  console.log(verdict("200 steps / 20 steps", growth, GROWTH_RATIO_TARGET));
}

async function examples(): Promise<Row[]> {
  const folder = fileURLToPath(new URL("../examples/", import.meta.url));
  const files = (await readdir(folder)).filter((file) => file.endsWith(".md")).sort();
  return Promise.all(
    files.map(async (file) => ({ name: file, text: await readFile(`${folder}${file}`, "utf8") })),
  );
}

function generated(steps: number): Row {
  return { name: `generated ${steps} steps`, text: generateProcedureMarkdown(steps) };
}

function verdict(label: string, value: number, target: number): string {
  const met = value <= target ? "met" : "NOT met";
  return `${label}: ${round(value, 2)}× (target ≤ ${target}×: ${met})`;
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
