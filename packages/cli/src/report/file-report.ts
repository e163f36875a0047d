import type { Diagnostic, TimeAnalysis } from "@quytrinh/core";

/** The diagnostics found in one input file (or in an input path that could not be read). */
export interface FileReport {
  /** The path as shown to the user: the input as typed, joined with the path found inside it. */
  file: string;
  diagnostics: Diagnostic[];
  /** The time analysis, with `quytrinh check --time`, when the file could be parsed. */
  time?: FileTime;
}

/** `analyzeTime`'s result and the working day it was computed with. */
export type FileTime = TimeAnalysis & { hoursPerDay: number };

/** Counts over a whole run. */
export interface ReportSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** What `quytrinh check --json` prints. */
export interface CheckReport {
  files: FileReport[];
  summary: ReportSummary;
}

/** Counts files and diagnostics by severity. */
export function summarize(reports: readonly FileReport[]): ReportSummary {
  const summary: ReportSummary = { files: reports.length, errors: 0, warnings: 0, infos: 0 };
  for (const report of reports) {
    for (const diagnostic of report.diagnostics) {
      if (diagnostic.severity === "error") summary.errors++;
      else if (diagnostic.severity === "warning") summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}
