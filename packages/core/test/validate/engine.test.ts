import { describe, expect, test } from "vitest";
import {
  DiagnosticSchema,
  localize,
  type Message,
  type Procedure,
  ProcedureSchema,
  ruleIds,
  validate,
} from "../../src/index.js";

/** A procedure with one problem for `step-action-required` (error) and one for `form-used` (warn). */
const procedure = ProcedureSchema.parse({
  control: { code: "QT-01", title: "T", effectiveDate: "2026-03-02" },
  steps: [
    {
      id: "B1",
      kind: "process",
      action: "",
      actors: ["A"],
      place: { start: { line: 20, column: 1 }, end: { line: 20, column: 9 } },
    },
  ],
  forms: [
    {
      code: "BM09",
      name: "Mẫu không dùng",
      place: { start: { line: 30, column: 1 }, end: { line: 30, column: 9 } },
    },
  ],
});

const ofRule = (diagnostics: ReturnType<typeof validate>, id: string) =>
  diagnostics
    .filter((diagnostic) => diagnostic.ruleId === id)
    .map((diagnostic) => diagnostic.severity);

const withRules = (rules: Record<string, unknown>): Procedure => ({
  ...procedure,
  control: { ...procedure.control, rules },
});

describe("levels and presets", () => {
  test("the recommended preset is the default and sets each rule's severity", () => {
    const diagnostics = validate(procedure, { today: "2026-03-10" });
    expect(ofRule(diagnostics, "step-action-required")).toEqual(["error"]);
    expect(ofRule(diagnostics, "form-used")).toEqual(["warning"]);
    expect(diagnostics.every((diagnostic) => DiagnosticSchema.safeParse(diagnostic).success)).toBe(
      true,
    );
  });

  test("the strict preset makes every rule an error", () => {
    const diagnostics = validate(procedure, { preset: "strict", today: "2026-03-10" });
    expect(ofRule(diagnostics, "form-used")).toEqual(["error"]);
    expect(new Set(diagnostics.map((diagnostic) => diagnostic.severity))).toEqual(
      new Set(["error"]),
    );
  });

  test("config levels override the preset: off, info, warn, error and [level, options]", () => {
    const diagnostics = validate(procedure, {
      today: "2027-01-01",
      rules: {
        "step-action-required": "off",
        "form-used": "info",
        "review-overdue": ["error", { months: 12 }],
        "section-required": "warn",
      },
    });
    expect(ofRule(diagnostics, "step-action-required")).toEqual([]);
    expect(ofRule(diagnostics, "form-used")).toEqual(["info"]);
    expect(ofRule(diagnostics, "review-overdue")).toEqual([]);
    expect(
      ofRule(diagnostics, "section-required").every((severity) => severity === "warning"),
    ).toBe(true);
    const tighter = validate(procedure, {
      today: "2027-01-01",
      rules: { "review-overdue": ["error", { months: 3 }] },
    });
    expect(ofRule(tighter, "review-overdue")).toEqual(["error"]);
  });

  test("the document's front matter wins over the configuration", () => {
    const diagnostics = validate(
      withRules({ "form-used": "off", "step-action-required": ["warn"] }),
      {
        rules: { "form-used": "error" },
        today: "2026-03-10",
      },
    );
    expect(ofRule(diagnostics, "form-used")).toEqual([]);
    expect(ofRule(diagnostics, "step-action-required")).toEqual(["warning"]);
  });

  test("diagnostics are sorted by position, those without one first", () => {
    const lines = validate(procedure, { today: "2026-03-10" }).map(
      (diagnostic) => diagnostic.place?.start.line ?? 0,
    );
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines.at(-1)).toBe(30);
  });
});

describe("bad configuration becomes diagnostics", () => {
  test("an unknown rule in the front matter suggests the closest id, at the field", () => {
    const place = { start: { line: 4, column: 3 }, end: { line: 4, column: 20 } };
    const model = {
      ...withRules({ "form-unused": "off" }),
      control: {
        ...withRules({ "form-unused": "off" }).control,
        fieldPlaces: { "rules.form-unused": place },
      },
    };
    const [diagnostic] = validate(model, { today: "2026-03-10" }).filter(
      (d) => d.ruleId === "rule-config-invalid",
    );
    expect(diagnostic).toEqual({
      ruleId: "rule-config-invalid",
      source: "quytrinh-core",
      severity: "warning",
      reason: "Không có quy tắc `form-unused`",
      place,
      expected: "form-used",
      actual: "form-unused",
      url: "docs/rules/rule-config-invalid.md",
    });
  });

  test("a malformed level, options for a rule without options and bad options are reported in English too", () => {
    const diagnostics = validate(procedure, {
      lang: "en",
      today: "2026-03-10",
      rules: {
        "form-used": "loud",
        "step-id-unique": ["warn", { x: 1 }],
        "review-overdue": ["warn", { months: -1 }],
      },
    });
    expect(
      diagnostics.filter((d) => d.ruleId === "rule-config-invalid").map((d) => d.reason),
    ).toEqual([
      "The level of rule `form-used` must be `off`, `info`, `warn`, `error` or `[level, options]`",
      "Rule `step-id-unique` takes no options",
      "Invalid options for rule `review-overdue`: months: Too small: expected number to be >0",
    ]);
    expect(ofRule(diagnostics, "form-used")).toEqual(["warning"]);
  });
});

describe("a crashing rule", () => {
  test("becomes an error diagnostic naming the rule, and the other rules still run", () => {
    const broken = { ...procedure, legalBasis: [null] } as unknown as Procedure;
    const diagnostics = validate(broken, {
      today: "2026-03-10",
      rules: { "section-required": "off" },
    });
    const crashed = diagnostics.filter((diagnostic) => diagnostic.ruleId === "rule-crashed");
    expect(crashed.map((diagnostic) => diagnostic.actual)).toEqual([
      "legal-citation-well-formed",
      "legal-citation-unique",
    ]);
    expect(crashed[0]).toMatchObject({
      severity: "error",
      source: "quytrinh-core",
      note: "Đây là lỗi của công cụ, không phải của tài liệu; các quy tắc khác vẫn được kiểm tra",
      url: "docs/rules/rule-crashed.md",
    });
    expect(crashed[0]?.reason).toMatch(/^Quy tắc `legal-citation-well-formed` gặp lỗi khi chạy: /u);
    expect(ofRule(diagnostics, "step-action-required")).toEqual(["error"]);
  });
});

test("rule ids are unique and kebab-case", () => {
  expect(new Set(ruleIds).size).toBe(ruleIds.length);
  for (const id of ruleIds) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
});

test("a message must exist in Vietnamese and English (checked by the type checker)", () => {
  // @ts-expect-error the English version is missing
  const onlyVietnamese: Message<{ step: string }> = { vi: ({ step }) => `Bước ${step}` };
  const both: Message<{ step: string }> = {
    vi: ({ step }) => `Bước ${step}`,
    en: ({ step }) => `Step ${step}`,
  };
  expect(localize(both, { step: "B1" }, "en")).toBe("Step B1");
  expect(onlyVietnamese.en).toBeUndefined();
});

test("a value that is not a procedure is a programmer error", () => {
  expect(() => validate(undefined as unknown as Procedure)).toThrow(TypeError);
  expect(() => validate({} as Procedure)).toThrow("validate expects a procedure model");
});
