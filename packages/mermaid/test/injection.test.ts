import fc from "fast-check";
import { expect, test } from "vitest";
import { configHeader } from "../src/config-header.js";
import { toMermaid } from "../src/index.js";
import { hostileProcedure } from "./support/hostile.js";
import { foreignStatements } from "./support/statement-grammar.js";

const laneModes = ["swimlane", "group", "none"] as const;

test("no user text adds a statement, a directive or front matter to the diagram", () => {
  fc.assert(
    fc.property(
      hostileProcedure,
      fc.constantFrom(...laneModes),
      fc.constantFrom("html" as const, "text" as const),
      fc.boolean(),
      (procedure, lanes, labels, showOutputs) => {
        const { text } = toMermaid(procedure, { lanes, labels, showOutputs, showActors: true });
        // a step that loops to itself turns swimlanes into groups (see to-mermaid.test.ts)
        const drawn = lanes === "swimlane" && !text.includes("\nswimlane-beta ") ? "group" : lanes;
        const header = configHeader({ lanes: drawn, labels });
        expect(text.startsWith(`${header.join("\n")}\n`)).toBe(true);
        const rest = text.slice(header.join("\n").length + 1);
        expect(foreignStatements(rest)).toEqual([]);
        expect(rest).not.toContain("%%");
        expect(rest).not.toMatch(/style|classDef|#\w+;.*¶ß|\ufb02°/);
        expect(rest.split("\n").filter((line) => line.trimStart().startsWith("---"))).toEqual([]);
      },
    ),
    { numRuns: 300 },
  );
}, 30_000);
