export {
  DEFECT_KINDS,
  type DefectKind,
  type InjectDefectsOptions,
  type InjectedDefect,
} from "./defect-kind.js";
export { errorsExercise } from "./errors-exercise.js";
export { errorsProblems } from "./errors-problems.js";
export {
  applicableDefectKinds,
  type InjectDefectsResult,
  injectDefects,
} from "./inject-defects.js";
export { DEFAULT_DEFECT_COUNT } from "./resolve-options.js";
export { type SelfCheckOptions, type SelfCheckResult, selfCheck } from "./self-check.js";
