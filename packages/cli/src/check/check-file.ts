import type { Diagnostic, Language } from "@quytrinh/core";
import { fromMarkdown } from "@quytrinh/markdown";
import type { DiscoveredInput } from "../files/discover-files.js";
import { readSource } from "../files/read-source.js";
import type { CliMessages } from "../messages.js";
import type { FileReport } from "../report/file-report.js";
import { cliDiagnostic } from "./cli-diagnostic.js";

/** What the check pipeline needs besides the file. */
export interface CheckOptions {
  lang: Language;
  messages: CliMessages;
}

/**
 * Checks one input: read and decode, parse into the model, then validate. Never throws: an
 * unexpected exception becomes an `internal-error` diagnostic for this file only.
 */
export async function checkFile(
  input: DiscoveredInput,
  options: CheckOptions,
): Promise<FileReport> {
  const file = input.shownPath;
  if (input.problem) return { file, diagnostics: [input.problem] };
  try {
    return { file, diagnostics: sortByPlace(await diagnose(input, options)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = options.messages.internalError(message);
    return { file, diagnostics: [cliDiagnostic({ ruleId: "internal-error", reason })] };
  }
}

async function diagnose(input: DiscoveredInput, options: CheckOptions): Promise<Diagnostic[]> {
  const source = await readSource(input.path, input.shownPath, options.messages);
  if ("diagnostic" in source) return [source.diagnostic];
  const parsed = fromMarkdown(source.text, { lang: options.lang, file: input.shownPath });
  // Validation rules from @quytrinh/core run here on `parsed.procedure` once they land.
  return parsed.diagnostics;
}

/** Diagnostics in reading order: those without a place first, then by line and column. */
function sortByPlace(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const line = (diagnostic: Diagnostic) => diagnostic.place?.start.line ?? 0;
  const column = (diagnostic: Diagnostic) => diagnostic.place?.start.column ?? 0;
  return [...diagnostics].sort((a, b) => line(a) - line(b) || column(a) - column(b));
}
