import {
  type Diagnostic,
  type ProcedureInput,
  ProcedureSchema,
  type RuleSetting,
  ruleIds,
  type ValidateConfig,
  validate,
} from "../../../src/index.js";

/** A procedure from a partial model; the control block defaults to a code and a title. */
export function procedureOf(input: Partial<ProcedureInput>) {
  return ProcedureSchema.parse({ control: { code: "QT-01", title: "Ví dụ" }, ...input });
}

/** Runs one rule alone (at `error`, with optional options) and returns its diagnostics. */
export function runRule(
  id: string,
  input: Partial<ProcedureInput>,
  config: Omit<ValidateConfig, "rules"> & { options?: unknown } = {},
): Diagnostic[] {
  const { options, ...rest } = config;
  const setting: RuleSetting = options === undefined ? "error" : ["error", options];
  const rules = Object.fromEntries(
    ruleIds.map((ruleId) => [ruleId, ruleId === id ? setting : "off"]),
  );
  return validate(procedureOf(input), { ...rest, rules });
}

/** The reasons of one rule's diagnostics, in Vietnamese and in English. */
export function reasons(
  id: string,
  input: Partial<ProcedureInput>,
  config: Omit<ValidateConfig, "rules" | "lang"> & { options?: unknown } = {},
): { vi: string[]; en: string[] } {
  return {
    vi: runRule(id, input, { ...config, lang: "vi" }).map((diagnostic) => diagnostic.reason),
    en: runRule(id, input, { ...config, lang: "en" }).map((diagnostic) => diagnostic.reason),
  };
}

/** A place on one line, for models with positions. */
export function line(n: number) {
  return { start: { line: n, column: 1 }, end: { line: n, column: 20 } };
}
