import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fromMarkdown } from "@quytrinh/markdown";
import { expect, test } from "vitest";
import { examplePaths, printDiagnostic } from "./support/fixtures.js";

test.each(examplePaths().map((path) => [basename(path), path]))(
  "examples/%s parses with zero diagnostics",
  (name, path) => {
    const { diagnostics } = fromMarkdown(readFileSync(path, "utf8"));
    expect(diagnostics.map((diagnostic) => printDiagnostic(diagnostic, name))).toEqual([]);
  },
);

test("examples/dang-ky-khai-sinh.md yields its six steps, decision and loop back", () => {
  const path = examplePaths().find((file) => file.endsWith("dang-ky-khai-sinh.md")) ?? "";
  const { procedure } = fromMarkdown(readFileSync(path, "utf8"));
  expect(
    procedure.steps.map((step) => [step.id, step.kind, step.branches.map((b) => b.target)]),
  ).toEqual([
    ["B1", "process", []],
    ["B2", "decision", ["B4", "B3"]],
    ["B3", "process", ["B1"]],
    ["B4", "process", []],
    ["B5", "process", []],
    ["B6", "process", ["END"]],
  ]);
});
