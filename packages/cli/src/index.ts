export {
  BUILD_FORMATS,
  type BuildFormat,
} from "./build/build-formats.js";
export {
  type Builder,
  type BuildFileResult,
  type BuildReport,
  type BuildRunOptions,
  createBuilder,
} from "./build/create-builder.js";
export type { CliIo } from "./cli-io.js";
export {
  CONFIG_FILE_NAMES,
  type LanesSetting,
  LanesSettingSchema,
  type QuytrinhConfig,
  QuytrinhConfigSchema,
  type Signatory,
  SignatorySchema,
} from "./config/quytrinh-config.js";
export { type CliMessages, cliMessages } from "./messages.js";
export { scaffoldMarkdown } from "./new/scaffold-markdown.js";
export type { ScaffoldOptions } from "./new/scaffold-procedure.js";
export type {
  CheckReport,
  FileReport,
  FileTime,
  ReportSummary,
} from "./report/file-report.js";
export { run } from "./run.js";
