import type { Diagnostic, Place } from "@quytrinh/core";

/** The `source` of diagnostics the CLI itself produces (files it cannot read or decode). */
export const CLI_SOURCE = "quytrinh-cli";

/** Fields of a CLI diagnostic besides its fixed `source`. */
export interface CliDiagnosticInit {
  ruleId: string;
  severity?: Diagnostic["severity"];
  reason: string;
  place?: Place | undefined;
  expected?: string;
  actual?: string;
  note?: string;
}

/** Builds a diagnostic produced by the CLI (an `error` unless told otherwise). */
export function cliDiagnostic(init: CliDiagnosticInit): Diagnostic {
  const { ruleId, severity = "error", reason, place, ...details } = init;
  return { ruleId, source: CLI_SOURCE, severity, reason, ...(place ? { place } : {}), ...details };
}
