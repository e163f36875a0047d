import type { Diagnostic } from "@quytrinh/core";
import { cliDiagnostic } from "../check/cli-diagnostic.js";
import type { CliMessages } from "../messages.js";

/** The `internal-error` diagnostic for an unexpected exception while processing one file. */
export function internalDiagnostic(error: unknown, messages: CliMessages): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return cliDiagnostic({ ruleId: "internal-error", reason: messages.internalError(message) });
}
