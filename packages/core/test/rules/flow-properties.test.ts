import fc from "fast-check";
import { expect, test } from "vitest";
import { END, type Procedure, ProcedureSchema, reachableFrom, validate } from "../../src/index.js";

/** Random flows: up to 12 steps whose branches go to other steps, to `END` or to missing ids. */
const flows = fc
  .array(
    fc.record({
      kind: fc.constantFrom("process", "decision", "end"),
      targets: fc.array(fc.integer({ min: -2, max: 13 }), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) =>
    ProcedureSchema.parse({
      control: { code: "QT-01", title: "T" },
      steps: rows.map((row, index) => ({
        id: `B${index + 1}`,
        kind: row.kind,
        action: "Việc",
        actors: ["A"],
        branches: row.targets.map((target, branch) => ({
          label: `n${branch}`,
          target: target === -1 ? END : target === -2 ? "X" : `B${target + 1}`,
        })),
      })),
    }),
  );

const flowRules = [
  "step-reachable",
  "path-reaches-end",
  "cycle-has-exit",
  "branch-target-exists",
  "decision-branches",
];

function check(procedure: Procedure) {
  const rules = Object.fromEntries(flowRules.map((id) => [id, "error"]));
  return validate(procedure, { preset: "strict", rules, today: "2026-11-23" });
}

/** Whether the flow from `id` can finish: reach `END`, an `end` step or a target that is not a step. */
function finishes(procedure: Procedure, id: string): boolean {
  const ids = new Set(procedure.steps.map((step) => step.id));
  const ends = new Set(
    procedure.steps.filter((step) => step.kind === "end").map((step) => step.id),
  );
  return [...reachableFrom(procedure, id)].some((to) => to === END || ends.has(to) || !ids.has(to));
}

test("no rule crashes on any flow", () => {
  fc.assert(
    fc.property(flows, (procedure) => {
      expect(check(procedure).filter((diagnostic) => diagnostic.ruleId === "rule-crashed")).toEqual(
        [],
      );
    }),
  );
});

test("a step is reported unreachable exactly when the walk from the first step misses it", () => {
  fc.assert(
    fc.property(flows, (procedure) => {
      const reached = reachableFrom(procedure);
      const reported = check(procedure)
        .filter((diagnostic) => diagnostic.ruleId === "step-reachable")
        .map((diagnostic) => /`(B\d+)`/u.exec(diagnostic.reason)?.[1]);
      expect(reported).toEqual(
        procedure.steps.map((step) => step.id).filter((id) => !reached.has(id)),
      );
    }),
  );
});

test("every step that cannot finish is reported once, either in a trapped loop or as stuck", () => {
  fc.assert(
    fc.property(flows, (procedure) => {
      const diagnostics = check(procedure);
      const stuck = diagnostics
        .filter((diagnostic) => diagnostic.ruleId === "path-reaches-end")
        .map((diagnostic) => /`(B\d+)`/u.exec(diagnostic.reason)?.[1] ?? "");
      const trapped = diagnostics
        .filter((diagnostic) => diagnostic.ruleId === "cycle-has-exit")
        .flatMap((diagnostic) =>
          [...diagnostic.reason.matchAll(/`(B\d+)`/gu)].map((match) => match[1] ?? ""),
        );
      const blocked = procedure.steps
        .map((step) => step.id)
        .filter((id) => !finishes(procedure, id));
      expect([...stuck, ...trapped].sort()).toEqual([...blocked].sort());
    }),
  );
});
