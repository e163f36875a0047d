import { readdirSync, readFileSync } from "node:fs";
import { fromMarkdown } from "@quytrinh/markdown";
import { describe, expect, test } from "vitest";
import { DEFECT_KINDS, errorsProblems, injectDefects, selfCheck } from "../src/index.js";
import { EXAMPLES, KHAI_SINH } from "./support/examples.js";

const SEEDS = Array.from({ length: 50 }, (_, index) => index + 1);

/** The most defects the example takes (every kind that finds its own spot). */
function most(procedure: (typeof EXAMPLES)[number]["procedure"]): number {
  let count = DEFECT_KINDS.length;
  while (count > 1 && errorsProblems(procedure, { seed: 1, count }).length > 0) count--;
  return count;
}

describe.each(EXAMPLES)("self-check on $name", ({ procedure }) => {
  const count = most(procedure);

  test("the example takes at least 7 kinds of defect at once", () => {
    expect(count).toBeGreaterThanOrEqual(7);
  });

  test("validate finds every defect of seeds 1..50, at its place, and the original did not have it", () => {
    const missed = SEEDS.flatMap((seed) => {
      const injected = injectDefects(procedure, { seed, count });
      expect(injected.defects).toHaveLength(count);
      return selfCheck(procedure, injected).missed.map((defect) => `${seed}: ${defect.kind}`);
    });
    expect(missed).toEqual([]);
  }, 180_000);

  test.each(DEFECT_KINDS)(
    "one %s defect alone is found for seeds 1 and 2",
    (kind) => {
      for (const seed of [1, 2]) {
        const injected = injectDefects(procedure, { seed, count: 1, kinds: [kind] });
        expect(injected.defects.map((defect) => defect.kind)).toEqual([kind]);
        expect(selfCheck(procedure, injected).missed).toEqual([]);
      }
    },
    30_000,
  );
});

test("the self-check reports defects that are not in the procedure it is given", () => {
  const injected = injectDefects(KHAI_SINH, { seed: 7 });
  const missed = selfCheck(KHAI_SINH, { ...injected, procedure: KHAI_SINH }).missed;
  expect(missed).toEqual(injected.defects);
});

test("the self-check does not count a diagnostic the original already had", () => {
  const injected = injectDefects(KHAI_SINH, { seed: 7 });
  const check = selfCheck(injected.procedure, injected);
  expect(check.added).toEqual([]);
  expect(check.missed).toEqual(injected.defects);
});

test("a defect reported at another place counts as missed", () => {
  const injected = injectDefects(KHAI_SINH, { seed: 3, count: 1, kinds: ["actor-missing"] });
  const [defect] = injected.defects;
  if (!defect?.reportedAt) throw new Error("the defect has a place");
  const elsewhere = {
    ...defect,
    reportedAt: { ...defect.reportedAt, start: { ...defect.reportedAt.start, line: 1 } },
  };
  expect(selfCheck(KHAI_SINH, { ...injected, defects: [elsewhere] }).missed).toEqual([elsewhere]);
});

test("every test fixture, however unusual, gets defects that validate finds (seed 1)", () => {
  const folder = new URL("../../../test/fixtures/", import.meta.url);
  const missed = readdirSync(folder).flatMap((name) => {
    const text = readFileSync(new URL(`${name}/input.md`, folder), "utf8");
    const { procedure } = fromMarkdown(text);
    const injected = injectDefects(procedure, { seed: 1 });
    expect(injected.defects.length).toBeGreaterThan(0);
    return selfCheck(procedure, injected).missed.map((defect) => `${name}: ${defect.kind}`);
  });
  expect(missed).toEqual([]);
}, 120_000);
