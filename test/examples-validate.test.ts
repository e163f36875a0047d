import { readdirSync, readFileSync } from "node:fs";
import { starterRegistry, validate } from "@quytrinh/core";
import { fromMarkdown } from "@quytrinh/markdown";
import { describe, expect, test } from "vitest";

const EXAMPLES = new URL("../examples/", import.meta.url);
const names = readdirSync(EXAMPLES).filter((name) => name.endsWith(".md"));

test("there are examples to check", () => {
  expect(names.length).toBeGreaterThan(0);
});

describe.each(names)("examples/%s", (name) => {
  const { procedure } = fromMarkdown(readFileSync(new URL(name, EXAMPLES), "utf8"));

  test("passes the recommended preset with zero errors (starter registry, 23/11/2026)", () => {
    const diagnostics = validate(procedure, { registry: starterRegistry, today: "2026-11-23" });
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
  });

  test("every diagnostic points at a line of the file", () => {
    const diagnostics = validate(procedure, {
      registry: starterRegistry,
      today: "2026-11-23",
      preset: "strict",
    });
    expect(diagnostics.filter((diagnostic) => diagnostic.place === undefined)).toEqual([]);
  });
});
