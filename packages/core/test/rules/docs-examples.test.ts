import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { type ProcedureInput, ruleIds, starterRegistry } from "../../src/index.js";
import { runRule } from "./support/run-rule.js";

const DOCS = new URL("../../../../docs/rules/", import.meta.url);

/** The fenced blocks of a doc page by info string (`json failing`, `text messages`, ...). */
function blocks(markdown: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of markdown.matchAll(/^```(\w+ \w+)\n([\s\S]*?)^```$/gmu)) {
    found.set(match[1] ?? "", match[2] ?? "");
  }
  return found;
}

interface ExampleConfig {
  today?: string;
  registry?: "starter";
  options?: unknown;
  hoursPerDay?: number;
}

function run(id: string, model: string, config: ExampleConfig) {
  return runRule(id, JSON.parse(model) as Partial<ProcedureInput>, {
    ...(config.today === undefined ? {} : { today: config.today }),
    ...(config.registry === "starter" ? { registry: starterRegistry } : {}),
    ...(config.options === undefined ? {} : { options: config.options }),
    ...(config.hoursPerDay === undefined ? {} : { hoursPerDay: config.hoursPerDay }),
  });
}

test("every rule has a doc page and every page is a rule or an engine diagnostic", () => {
  const pages = readdirSync(DOCS)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .map((name) => name.slice(0, -3))
    .sort();
  expect(pages).toEqual([...ruleIds, "rule-config-invalid", "rule-crashed"].sort());
});

describe.each(ruleIds)("docs/rules/%s.md", (id) => {
  const page = blocks(readFileSync(new URL(`${id}.md`, DOCS), "utf8"));
  const config = JSON.parse(page.get("json config") ?? "{}") as ExampleConfig;

  test("the failing example gives exactly the messages shown", () => {
    const diagnostics = run(id, page.get("json failing") ?? "{}", config);
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(diagnostics.map(() => id));
    expect(diagnostics.map((diagnostic) => diagnostic.reason)).toEqual(
      (page.get("text messages") ?? "").trim().split("\n"),
    );
  });

  test("the passing example gives none", () => {
    expect(run(id, page.get("json passing") ?? "{}", config)).toEqual([]);
  });
});
