import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateProcedureMarkdown } from "./generate-procedure.js";
import { seededRandom } from "./seeded-random.js";

/**
 * How many steps a commune's procedures have: mostly short counter procedures, a tail of long
 * inter-agency ones. Each band is `[fewest, most, share]`; the shares add up to 1.
 */
const STEP_BANDS: readonly (readonly [number, number, number])[] = [
  [5, 8, 0.4],
  [9, 14, 0.35],
  [15, 24, 0.18],
  [25, 40, 0.07],
];

/** One generated procedure file of the corpus. */
export interface CorpusFile {
  /** The file name inside the corpus folder, e.g. `042-buoc-12.md`. */
  name: string;
  steps: number;
}

/**
 * Writes `total` generated procedures shaped like one commune's set (5 to 40 steps, with decisions,
 * loop-backs and refusal paths) into `folder`, seeded so every run writes the same files.
 */
export function writeCommuneCorpus(folder: string, total = 150): CorpusFile[] {
  mkdirSync(folder, { recursive: true });
  const random = seededRandom(2026);
  const files: CorpusFile[] = [];
  for (let index = 1; index <= total; index++) {
    const steps = stepCount(random.next(), random.next());
    const name = `${String(index).padStart(3, "0")}-buoc-${steps}.md`;
    writeFileSync(join(folder, name), generateProcedureMarkdown(steps, index));
    files.push({ name, steps });
  }
  return files;
}

/** A step count: `band` picks the band by its share, `within` the count inside it. */
function stepCount(band: number, within: number): number {
  let rest = band;
  for (const [fewest, most, share] of STEP_BANDS) {
    if (rest < share) return fewest + Math.floor(within * (most - fewest + 1));
    rest -= share;
  }
  return STEP_BANDS[0]?.[0] ?? 5;
}
