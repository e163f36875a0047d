import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fromMarkdown } from "@quytrinh/markdown";
import { toMermaid } from "@quytrinh/mermaid";
import { generateProcedureMarkdown } from "./generate-procedure.js";

/** One flowchart of the render benchmark: where it comes from, its size class and its text. */
export interface Diagram {
  name: string;
  size: string;
  text: string;
}

/** Step counts of the generated procedures, in the order they cycle. */
export const CORPUS_SIZES = [8, 20, 60];

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * The render benchmark's diagrams: the examples, then generated procedures cycling through
 * `CORPUS_SIZES` (seeded, so every run renders the same, distinct diagrams), as Mermaid text.
 */
export function renderCorpus(total = 150): Diagram[] {
  const folder = join(root, "examples");
  const diagrams: Diagram[] = readdirSync(folder)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => {
      const { procedure } = fromMarkdown(readFileSync(join(folder, file), "utf8"), { file });
      return { name: file, size: "example", text: toMermaid(procedure).text };
    });
  for (let seed = 1; diagrams.length < total; seed++) {
    const steps = CORPUS_SIZES[seed % CORPUS_SIZES.length] ?? 8;
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
