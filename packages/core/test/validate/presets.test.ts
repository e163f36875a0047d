import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { presets, ruleIds, rules } from "../../src/index.js";

test("each preset sets a level for every rule, and strict sets them all to error", () => {
  expect(Object.keys(presets.recommended).sort()).toEqual([...ruleIds].sort());
  expect(Object.values(presets.strict)).toEqual(ruleIds.map(() => "error"));
});

test("docs/rules/README.md lists every rule with its description and preset levels", () => {
  const readme = readFileSync(new URL("../../../../docs/rules/README.md", import.meta.url), "utf8");
  const rows = [
    ...readme.matchAll(/^\| \[`([a-z-]+)`\]\([a-z-]+\.md\) \| (.+?) \| (\w+) \| (\w+) \|$/gmu),
  ]
    .map((match) => match.slice(1))
    .filter(([id]) => (ruleIds as readonly string[]).includes(id ?? ""));
  expect(rows).toEqual(
    rules.map((rule) => [
      rule.id,
      rule.description.en,
      presets.recommended[rule.id],
      presets.strict[rule.id],
    ]),
  );
});

test("every rule description exists in Vietnamese and English", () => {
  for (const rule of rules) {
    expect(rule.description.vi.trim()).not.toBe("");
    expect(rule.description.en.trim()).not.toBe("");
    expect(rule.description.vi).not.toBe(rule.description.en);
  }
});
