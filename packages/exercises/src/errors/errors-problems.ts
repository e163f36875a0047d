import type { Diagnostic, Language, Procedure } from "@quytrinh/core";
import { EXERCISE_SOURCE } from "../exercise-problems.js";
import type { InjectDefectsOptions } from "./defect-kind.js";
import { type DefectShortfall, tryInjectDefects } from "./inject-defects.js";
import { errorsMessages } from "./messages/errors-messages.js";

/**
 * Why an "errors" exercise cannot be made as asked, as error diagnostics (empty when it can): the
 * procedure allows fewer kinds of defect than `count` (each in its own spot).
 */
export function errorsProblems(procedure: Procedure, options: InjectDefectsOptions): Diagnostic[] {
  const result = tryInjectDefects(procedure, options);
  if (!("asked" in result)) return [];
  return [shortfallDiagnostic(result, options.lang ?? procedure.control.language)];
}

/** The error diagnostic for asking more defects than the procedure has room for. */
export function shortfallDiagnostic(shortfall: DefectShortfall, lang: Language): Diagnostic {
  const { asked, available } = shortfall;
  const messages = errorsMessages(lang);
  return {
    ruleId: "exercise-too-many-defects",
    source: EXERCISE_SOURCE,
    severity: "error",
    reason: messages.tooManyDefects(asked, available),
    expected: messages.tooManyDefectsFix(available),
    actual: String(asked),
  };
}
