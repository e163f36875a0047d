import { analyzeTime, DEFAULT_HOURS_PER_DAY, validate } from "@quytrinh/core";
import { fromMarkdown } from "@quytrinh/markdown";
import type { FileSettings } from "../config/file-settings.js";
import type { DiscoveredInput } from "../files/discover-files.js";
import { readSource } from "../files/read-source.js";
import type { CliMessages } from "../messages.js";
import type { FileReport } from "../report/file-report.js";
import { internalDiagnostic } from "../report/internal-diagnostic.js";
import { sortByPlace } from "../report/sort-by-place.js";

/** What the check pipeline needs besides the file. */
export interface CheckOptions {
  messages: CliMessages;
  /** Add the time analysis (`analyzeTime`) to each parsed file's report. */
  time?: boolean;
}

/**
 * Checks one input: read and decode, parse into the model, then validate with the file's settings
 * (and analyse its time when asked). Never throws: an unexpected exception becomes an
 * `internal-error` diagnostic for this file only.
 */
export async function checkFile(
  input: DiscoveredInput,
  settings: FileSettings,
  options: CheckOptions,
): Promise<FileReport> {
  const file = input.shownPath;
  if (input.problem) return { file, diagnostics: [input.problem] };
  try {
    const source = await readSource(input.path, input.shownPath, options.messages);
    if ("diagnostic" in source) return { file, diagnostics: [source.diagnostic] };
    const parsed = fromMarkdown(source.text, { lang: settings.lang, file });
    const diagnostics = [...parsed.diagnostics, ...validate(parsed.procedure, settings.validate)];
    const report: FileReport = { file, diagnostics: sortByPlace(diagnostics) };
    if (options.time) {
      const hoursPerDay = settings.validate.hoursPerDay ?? DEFAULT_HOURS_PER_DAY;
      report.time = { ...analyzeTime(parsed.procedure, { hoursPerDay }), hoursPerDay };
    }
    return report;
  } catch (error) {
    return { file, diagnostics: [internalDiagnostic(error, options.messages)] };
  }
}
