import { todayInVietnam } from "../dates/today-in-vietnam.js";
import { DEFAULT_HOURS_PER_DAY } from "../duration/working-time.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Language } from "../model/document-control.js";
import type { Place } from "../model/place.js";
import type { Procedure } from "../model/procedure.js";
import { engineMessages } from "./engine-messages.js";
import { nearestMatch } from "./nearest-match.js";
import { resolveSettings, type SettingProblem } from "./resolve-settings.js";
import type { Rule, RuleReport } from "./rule.js";
import { ruleDocsUrl } from "./rule-docs-url.js";
import { severityOfLevel, splitSetting } from "./rule-setting.js";
import { ruleIds, rules } from "./rules.js";
import type { ValidateConfig } from "./validate-config.js";

/** The `source` of every diagnostic the rules produce. */
export const CORE_SOURCE = "quytrinh-core";

/**
 * Checks a procedure against the rules, the way remark-lint and bpmnlint do: each enabled rule
 * reports problems, the configuration decides their severity (`recommended` preset by default, then
 * `config.rules`, then the document's front matter). Never throws for a bad document or a bad rule.
 */
export function validate(procedure: Procedure, config: ValidateConfig = {}): Diagnostic[] {
  if (
    typeof procedure !== "object" ||
    procedure === null ||
    typeof procedure.control !== "object"
  ) {
    throw new TypeError("validate expects a procedure model (the result of ProcedureSchema.parse)");
  }
  const lang = config.lang ?? "vi";
  const resolved = resolveSettings(procedure, config.preset ?? "recommended", config.rules);
  const diagnostics = resolved.problems.map((problem) => settingDiagnostic(problem, lang));
  const environment = {
    procedure,
    lang,
    registry: config.registry,
    today: config.today ?? todayInVietnam(),
    hoursPerDay: config.hoursPerDay ?? DEFAULT_HOURS_PER_DAY,
  };
  for (const rule of rules as readonly Rule[]) {
    const { level, options } = splitSetting(resolved.settings.get(rule.id) ?? "off");
    const severity = severityOfLevel(level);
    if (severity === undefined) continue;
    const configPlace = resolved.places.get(rule.id);
    const parsed = parseOptions(rule, options, lang, configPlace);
    if (parsed.problem) diagnostics.push(parsed.problem);
    const found: Diagnostic[] = [];
    try {
      rule.check({
        ...environment,
        options: parsed.options,
        t: (message, params) => message[lang](params),
        report: (report) => found.push(toDiagnostic(rule.id, severity, report)),
      });
      diagnostics.push(...found);
    } catch (error) {
      diagnostics.push(
        toDiagnostic("rule-crashed", "error", {
          reason: engineMessages.crashed[lang]({ id: rule.id, error: describeError(error) }),
          note: engineMessages.crashedNote[lang](),
          actual: rule.id,
        }),
      );
    }
  }
  return sortByPlace(diagnostics);
}

function parseOptions(
  rule: Rule,
  options: unknown,
  lang: Language,
  place: Place | undefined,
): { options: unknown; problem?: Diagnostic } {
  if (!rule.options) {
    if (options === undefined) return { options: undefined };
    const reason = engineMessages.noOptions[lang]({ id: rule.id });
    return {
      options: undefined,
      problem: toDiagnostic("rule-config-invalid", "warning", { reason, place }),
    };
  }
  const parsed = rule.options.safeParse(options ?? {});
  if (parsed.success) return { options: parsed.data };
  const problem = parsed.error.issues
    .map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`)
    .join("; ");
  const reason = engineMessages.invalidOptions[lang]({ id: rule.id, problem });
  return {
    options: rule.options.parse({}),
    problem: toDiagnostic("rule-config-invalid", "warning", { reason, place }),
  };
}

function settingDiagnostic(problem: SettingProblem, lang: Language): Diagnostic {
  if (problem.kind === "invalid-setting") {
    return toDiagnostic("rule-config-invalid", "warning", {
      reason: engineMessages.invalidSetting[lang]({ id: problem.id }),
      place: problem.place,
      expected: "warn",
    });
  }
  return toDiagnostic("rule-config-invalid", "warning", {
    reason: engineMessages.unknownRule[lang]({ id: problem.id }),
    place: problem.place,
    expected: nearestMatch(problem.id, ruleIds),
    actual: problem.id,
  });
}

function toDiagnostic(
  ruleId: string,
  severity: Diagnostic["severity"],
  report: RuleReport,
): Diagnostic {
  const diagnostic: Diagnostic = { ruleId, source: CORE_SOURCE, severity, reason: report.reason };
  if (report.place) diagnostic.place = report.place;
  if (report.expected !== undefined) diagnostic.expected = report.expected;
  if (report.actual !== undefined) diagnostic.actual = report.actual;
  if (report.note !== undefined) diagnostic.note = report.note;
  diagnostic.url = ruleDocsUrl(ruleId);
  return diagnostic;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Diagnostics without a place first (in rule order), then by line and column; stable. */
function sortByPlace(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (diagnostic: Diagnostic): [number, number] =>
    diagnostic.place ? [diagnostic.place.start.line, diagnostic.place.start.column] : [0, 0];
  return diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort((a, b) => {
      const [lineA, columnA] = key(a.diagnostic);
      const [lineB, columnB] = key(b.diagnostic);
      return lineA - lineB || columnA - columnB || a.index - b.index;
    })
    .map(({ diagnostic }) => diagnostic);
}
