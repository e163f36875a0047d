import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "@quytrinh/core";

/** The shared fixture corpus: `test/fixtures/<case>/input.md` at the repository root. */
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../../../../test/fixtures");

/** The repository's `examples/` folder. */
export const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), "../../../../examples");

/** Names of the fixture folders that have an `input.md`. */
export function fixtureNames(): string[] {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES)
    .filter((name) => existsSync(join(FIXTURES, name, "input.md")))
    .sort();
}

/** The paths of the Markdown examples. */
export function examplePaths(): string[] {
  return readdirSync(EXAMPLES)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => join(EXAMPLES, name));
}

/** A fixture's input, read as bytes decoded as UTF-8 (BOM and CRLF kept). */
export function readInput(name: string): string {
  return readFileSync(join(FIXTURES, name, "input.md"), "utf8");
}

/** One diagnostic in the printed form `input.md:LINE:COL  severity  reason  rule-id`. */
export function printDiagnostic(diagnostic: Diagnostic, file = "input.md"): string {
  const start = diagnostic.place?.start;
  const where = start ? `${file}:${start.line}:${start.column}` : file;
  return `${where}  ${diagnostic.severity}  ${diagnostic.reason}  ${diagnostic.ruleId}`;
}
