import { fromMarkdown, toMarkdown } from "@quytrinh/markdown";
import { expect, test } from "vitest";
import { largeProcedure } from "./support/large-procedure.js";

test("a 1 MB document parses without diagnostics and keeps every step", () => {
  const text = largeProcedure(1_000_000, 400);
  expect(text.length).toBeGreaterThanOrEqual(1_000_000);
  const { procedure, diagnostics } = fromMarkdown(text);
  expect(diagnostics).toEqual([]);
  expect(procedure.steps).toHaveLength(400);
  expect(procedure.steps.at(-1)?.branches).toEqual([
    { target: "END", place: procedure.steps.at(-1)?.branches[0]?.place },
  ]);
  expect(procedure.purpose.length).toBeGreaterThan(1000);
}, 120_000);

test("toMarkdown writes 200,000 steps and paragraphs without overflowing the stack", () => {
  const { procedure } = fromMarkdown("## 5. Nội dung quy trình\n");
  const many = Array.from({ length: 200_000 }, (_, index) => index + 1);
  procedure.steps = many.map((id) => ({
    id: `B${id}`,
    kind: "process",
    action: "Xử lý",
    actors: [],
    outputs: [],
    branches: [],
  }));
  procedure.purpose = many.map((id) => ({ type: "paragraph", text: `Đoạn ${id}` }));
  const written = toMarkdown(procedure);
  expect(written).toContain("| B200000 | Xử lý");
  expect(written).toContain("\n\nĐoạn 200000\n\n## 2.");
}, 60_000);
