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
export type {
  CheckReport,
  FileReport,
  FileTime,
  ReportSummary,
} from "./report/file-report.js";
export { run } from "./run.js";
