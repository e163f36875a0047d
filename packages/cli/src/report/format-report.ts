import type { Diagnostic } from "@quytrinh/core";
import type { CliMessages } from "../messages.js";
import type { FileReport, ReportSummary } from "./file-report.js";
import { type Palette, palette } from "./palette.js";

/** How to print a report. */
export interface FormatOptions {
  messages: CliMessages;
  color: boolean;
  /** Extra text printed under a file's diagnostics (e.g. its time table), if any. */
  details?: (report: FileReport) => string | undefined;
}

/**
 * The human-readable report: per file, one aligned row per diagnostic
 * (`file:line:column  severity  reason  rule-id`, then the suggested fix and the note, if any,
 * indented below), a blank line around each file with diagnostics
 * (clean files take one line each), then the summary.
 */
export function formatReport(
  reports: readonly FileReport[],
  summary: ReportSummary,
  options: FormatOptions,
): string {
  const summaryLine = palette(options.color).bold(options.messages.summary(summary));
  const text = formatFileReports(reports, options);
  return text === "" ? `${summaryLine}\n` : `${text}\n\n${summaryLine}\n`;
}

/** The per-file part of `formatReport`, without the summary and the final newline. */
export function formatFileReports(reports: readonly FileReport[], options: FormatOptions): string {
  const style = palette(options.color);
  let text = "";
  let previousClean = false;
  for (const report of reports) {
    const details = options.details?.(report)?.trimEnd();
    const clean = report.diagnostics.length === 0 && !details;
    if (text !== "") text += clean && previousClean ? "\n" : "\n\n";
    text += formatFile(report, options.messages, style);
    if (details) text += `\n\n${details}`;
    previousClean = clean;
  }
  return text;
}

function formatFile(report: FileReport, messages: CliMessages, style: Palette): string {
  if (report.diagnostics.length === 0) {
    return `${report.file}: ${style.dim(messages.noIssues)}`;
  }
  const rows = report.diagnostics.map((diagnostic) => ({
    diagnostic,
    cells: [
      location(report.file, diagnostic),
      messages.severity[diagnostic.severity],
      diagnostic.reason,
    ],
  }));
  const widths = [0, 1, 2].map((column) =>
    Math.max(...rows.map(({ cells }) => width(cells[column] ?? ""))),
  );
  return rows
    .map(({ diagnostic, cells }) => {
      const [place = "", severity = "", reason = ""] = cells.map((cell, column) =>
        pad(cell, widths[column] ?? 0),
      );
      const row = [
        place,
        style.severity(diagnostic.severity, severity),
        reason,
        style.dim(diagnostic.ruleId),
      ].join("  ");
      const indent = " ".repeat(width(place) + 2);
      const hints = [
        diagnostic.expected === undefined ? "" : `${messages.suggestion}: ${diagnostic.expected}`,
        diagnostic.note ?? "",
      ];
      return [
        row,
        ...hints.filter((hint) => hint !== "").map((hint) => indent + style.dim(hint)),
      ].join("\n");
    })
    .join("\n");
}

function location(file: string, diagnostic: Diagnostic): string {
  const start = diagnostic.place?.start;
  return start ? `${file}:${start.line}:${start.column}` : file;
}

/** Columns a string takes in a terminal: one per code point of its NFC form. */
function width(text: string): number {
  return [...text.normalize("NFC")].length;
}

function pad(text: string, target: number): string {
  return text + " ".repeat(Math.max(0, target - width(text)));
}
