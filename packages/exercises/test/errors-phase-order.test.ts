import { readdirSync, readFileSync } from "node:fs";
import { type RuleSetting, ruleIds, validate } from "@quytrinh/core";
import { fromMarkdown } from "@quytrinh/markdown";
import { expect, test } from "vitest";

const ROOT = new URL("../../../", import.meta.url);
const ONLY: Record<string, RuleSetting> = Object.fromEntries(
  ruleIds.map((id) => [id, id === "step-phase-order" ? "error" : "off"]),
);

test("step-phase-order, the rule the out-of-order defect needs, is silent on every example and fixture", () => {
  const files = [
    ...readdirSync(new URL("examples/", ROOT)).map((name) => `examples/${name}`),
    ...readdirSync(new URL("test/fixtures/", ROOT)).map((name) => `test/fixtures/${name}/input.md`),
  ];
  const reported = files.flatMap((file) => {
    const { procedure } = fromMarkdown(readFileSync(new URL(file, ROOT), "utf8"));
    return validate(procedure, { rules: ONLY }).map(
      (diagnostic) => `${file}: ${diagnostic.reason}`,
    );
  });
  expect(files.length).toBeGreaterThanOrEqual(35);
  expect(reported).toEqual([]);
}, 60_000);
