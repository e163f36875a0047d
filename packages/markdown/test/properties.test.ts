import { readFileSync } from "node:fs";
import { ProcedureSchema } from "@quytrinh/core";
import { fromMarkdown } from "@quytrinh/markdown";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { examplePaths } from "./support/fixtures.js";
import { allPlaces, lineLengths, placeInside } from "./support/place-checks.js";

/** Parses and checks the invariants; returns a description of the first broken one. */
function brokenInvariant(text: string): string | undefined {
  const { procedure, diagnostics } = fromMarkdown(text);
  if (!ProcedureSchema.safeParse(procedure).success) return "procedure fails the schema";
  const lengths = lineLengths(text);
  const outside = diagnostics.find(
    (diagnostic) => !diagnostic.place || !placeInside(diagnostic.place, lengths),
  );
  if (outside) return `diagnostic outside the input: ${JSON.stringify(outside)}`;
  const node = allPlaces(procedure).find((place) => !placeInside(place, lengths));
  return node ? `model place outside the input: ${JSON.stringify(node)}` : undefined;
}

const TOKENS = [
  "|",
  " | ",
  "---",
  "\n---\n",
  "#",
  "## ",
  "### 5.1. ",
  "\r",
  "\r\n",
  "\n",
  "\n\n",
  "\ufeff",
  "\u0301",
  "\u0323",
  "\u00a0",
  "\t",
  "\u0000",
  "\u0007",
  "\ufffd",
  ": ",
  "- ",
  "1. ",
  "> ",
  "```",
  "<br>",
  "→",
  "->",
  "B1",
  "Kết thúc",
  "Bước",
  "Mục đích",
  "Nội dung quy trình",
  "Quy trình xử lý công việc",
  "| Bước | Nội dung công việc | Trách nhiệm |\n| --- | --- | --- |\n",
  "code: ",
  "date: 2026-02-30",
  "[",
  "]",
  "{",
  "*",
  "_",
  "\\",
];

const token = fc.oneof(
  fc.constantFrom(...TOKENS),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 4 }),
);
const randomText = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(""));

const examples = examplePaths().map((path) => readFileSync(path, "utf8").split("\n"));

type Mutation =
  | { kind: "delete" | "duplicate"; at: number }
  | { kind: "swap"; at: number; with: number }
  | { kind: "insert"; at: number; column: number; text: string }
  | { kind: "truncate"; at: number; column: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("delete" as const, "duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), column: fc.nat(), text: token }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat(), column: fc.nat() }),
);

function mutate(lines: string[], change: Mutation): string[] {
  const out = [...lines];
  if (out.length === 0) return out;
  const at = change.at % out.length;
  const line = out[at] ?? "";
  switch (change.kind) {
    case "delete":
      out.splice(at, 1);
      break;
    case "duplicate":
      out.splice(at, 0, line);
      break;
    case "swap": {
      const other = change.with % out.length;
      out[at] = out[other] ?? "";
      out[other] = line;
      break;
    }
    case "insert": {
      const column = change.column % (line.length + 1);
      out[at] = line.slice(0, column) + change.text + line.slice(column);
      break;
    }
    case "truncate":
      out.splice(at + 1);
      out[at] = line.slice(0, change.column % (line.length + 1));
      break;
  }
  return out;
}

/** A window of an example's lines (from the top, to keep the front matter often), mutated. */
const mutatedExample = fc
  .record({
    example: fc.nat(),
    start: fc.oneof(fc.constant(0), fc.nat({ max: 150 })),
    length: fc.integer({ min: 1, max: 25 }),
    changes: fc.array(mutation, { minLength: 1, maxLength: 6 }),
    encoding: fc.constantFrom("lf", "crlf", "cr", "bom", "nfd"),
  })
  .map(({ example, start, length, changes, encoding }) => {
    const lines = examples[example % examples.length] ?? [];
    const window = lines.slice(start % lines.length, (start % lines.length) + length);
    const text = changes.reduce(mutate, window).join("\n");
    if (encoding === "crlf") return text.replaceAll("\n", "\r\n");
    if (encoding === "cr") return text.replaceAll("\n", "\r");
    if (encoding === "bom") return `\ufeff${text}`;
    return encoding === "nfd" ? text.normalize("NFD") : text;
  });

// 6,500 + 3,400 + 100 = 10,000 generated inputs in all.
describe("fromMarkdown on arbitrary input", () => {
  test("random strings: never throws, valid model, every place inside the input", () => {
    fc.assert(
      fc.property(randomText, (text) => {
        expect(brokenInvariant(text)).toBeUndefined();
      }),
      { numRuns: 6500 },
    );
  }, 60_000);

  test("mutated examples: never throws, valid model, every place inside the input", () => {
    fc.assert(
      fc.property(mutatedExample, (text) => {
        expect(brokenInvariant(text)).toBeUndefined();
      }),
      { numRuns: 3400 },
    );
  }, 60_000);

  test("whole mutated examples keep the invariants too", () => {
    const whole = fc
      .record({ example: fc.nat(), changes: fc.array(mutation, { minLength: 1, maxLength: 4 }) })
      .map(({ example, changes }) =>
        changes.reduce(mutate, examples[example % examples.length] ?? []).join("\n"),
      );
    fc.assert(
      fc.property(whole, (text) => {
        expect(brokenInvariant(text)).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
