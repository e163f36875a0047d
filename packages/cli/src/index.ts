export type { CliIo } from "./cli-io.js";
export type { CheckReport, FileReport, ReportSummary } from "./report/file-report.js";
export { run } from "./run.js";
