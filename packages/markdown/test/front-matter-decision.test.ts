import { readFileSync } from "node:fs";
import { fromMarkdown, toMarkdown } from "@quytrinh/markdown";
import { expect, test } from "vitest";

const example = readFileSync(
  new URL("../../../examples/dang-ky-khai-sinh.md", import.meta.url),
  "utf8",
);

function withDecision(lines: string): string {
  return example.replace(/^code: (.*)$/mu, (line) => `${line}\n${lines}`);
}

test("the issuing decision in parts, with a Vietnamese date, is read into the model", () => {
  const { procedure, diagnostics } = fromMarkdown(
    withDecision(
      'decision:\n  number: "15/QĐ-UBND"\n  date: 20/02/2026\n  issuer: Chủ tịch UBND xã Tân Trường',
    ),
  );
  expect(procedure.control.decision).toEqual({
    number: "15/QĐ-UBND",
    date: "2026-02-20",
    issuer: "Chủ tịch UBND xã Tân Trường",
  });
  expect(procedure.control.extra?.decision).toBeUndefined();
  expect(diagnostics.filter((d) => d.ruleId === "front-matter-key-unknown")).toEqual([]);
});

test("the issuing decision written out survives a round trip", () => {
  const line = "Quyết định số 15/QĐ-UBND ngày 20/02/2026 của Chủ tịch UBND xã";
  const first = fromMarkdown(withDecision(`decision: "${line}"`)).procedure;
  expect(first.control.decision).toBe(line);
  expect(fromMarkdown(toMarkdown(first)).procedure.control.decision).toBe(line);
});

test("an unknown key inside the decision is kept, not dropped", () => {
  const { procedure } = fromMarkdown(withDecision('decision:\n  number: "15/QĐ-UBND"\n  so: 2'));
  expect(procedure.control.decision).toEqual({ number: "15/QĐ-UBND" });
  expect(procedure.control.extra?.["decision.so"]).toBe(2);
});
