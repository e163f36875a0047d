import type { CliIo } from "../cli-io.js";
import type { CliMessages } from "../messages.js";
import { formatFileReports } from "../report/format-report.js";
import { palette } from "../report/palette.js";
import { shownPath } from "../report/shown-path.js";
import { BUILD_REPORT_VERSION, type BuildReport } from "./build-report.js";

/** How to print a build's report. */
export interface PrintOptions {
  io: CliIo;
  messages: CliMessages;
  /** Print the JSON report instead of the text one. */
  json: boolean;
  /** The absolute output folder. */
  out: string;
}

/**
 * Prints a build's report on stdout: with `json`, `{ version, out, ...report }`; otherwise the
 * errors and warnings of each file (info only in the JSON) and the one-line summary.
 */
export function printBuildReport(report: BuildReport, options: PrintOptions): void {
  const { io, messages } = options;
  const out = shownPath(io.cwd, options.out);
  if (options.json) {
    io.stdout(`${JSON.stringify({ version: BUILD_REPORT_VERSION, out, ...report }, null, 2)}\n`);
    return;
  }
  const worth = report.files
    .map((file) => ({
      file: file.file,
      diagnostics: file.diagnostics.filter((diagnostic) => diagnostic.severity !== "info"),
    }))
    .filter((file) => file.diagnostics.length > 0);
  const table = formatFileReports(worth, { messages, color: io.color });
  const summary = messages.buildSummary({
    files: report.files.length,
    built: report.built,
    unchanged: report.unchanged,
    failed: report.failed,
    errors: report.errors,
    warnings: report.warnings,
    seconds: report.milliseconds / 1000,
    out,
  });
  io.stdout(`${table === "" ? "" : `${table}\n\n`}${palette(io.color).bold(summary)}\n`);
}
