import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fromMarkdown, stripPlaces, toMarkdown } from "@quytrinh/markdown";
import { describe, expect, test } from "vitest";
import { examplePaths, fixtureNames, readInput } from "./support/fixtures.js";

const cases: [string, string][] = [
  ...examplePaths().map((path): [string, string] => [
    `example ${basename(path)}`,
    readFileSync(path, "utf8"),
  ]),
  ...fixtureNames().map((name): [string, string] => [`fixture ${name}`, readInput(name)]),
];

describe.each(cases)("%s", (_, text) => {
  const first = fromMarkdown(text).procedure;
  const written = toMarkdown(first);
  const second = fromMarkdown(written);

  test("md → model → md → model gives an equal model", () => {
    expect(stripPlaces(second.procedure)).toEqual(stripPlaces(first));
  });

  test("toMarkdown is idempotent on its own output", () => {
    expect(toMarkdown(second.procedure)).toBe(written);
  });
});
