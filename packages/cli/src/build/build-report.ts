import type { Diagnostic } from "@quytrinh/core";

/** What became of one input of `quytrinh build`. */
export interface BuildFileResult {
  /** The input as shown to the user. */
  file: string;
  /** `built` now, `unchanged` since the last build (skipped), or `failed` (some output missing). */
  status: "built" | "unchanged" | "failed";
  /** The outputs written (or kept, when unchanged), as shown to the user. */
  outputs: string[];
  /** Everything found in the file: read, parse, validation and drawing problems. */
  diagnostics: Diagnostic[];
}

/** The result of one `Builder.build` call. */
export interface BuildReport {
  files: BuildFileResult[];
  built: number;
  unchanged: number;
  failed: number;
  errors: number;
  warnings: number;
  milliseconds: number;
  /** 1 when a file failed or has errors (or warnings, with `failOn: "warning"`), else 0. */
  exitCode: 0 | 1;
}

/** The version of the `--json` report's shape; raised when a field changes meaning. */
export const BUILD_REPORT_VERSION = 1;

/** Counts a batch's results into a report. */
export function buildReport(
  files: BuildFileResult[],
  milliseconds: number,
  failOn: "error" | "warning",
): BuildReport {
  const count = (status: BuildFileResult["status"]) =>
    files.filter((file) => file.status === status).length;
  const severities = files.flatMap((file) => file.diagnostics.map((d) => d.severity));
  const errors = severities.filter((severity) => severity === "error").length;
  const warnings = severities.filter((severity) => severity === "warning").length;
  const failed = count("failed");
  const fails = failed > 0 || errors > 0 || (failOn === "warning" && warnings > 0);
  return {
    files,
    built: count("built"),
    unchanged: count("unchanged"),
    failed,
    errors,
    warnings,
    milliseconds,
    exitCode: fails ? 1 : 0,
  };
}
