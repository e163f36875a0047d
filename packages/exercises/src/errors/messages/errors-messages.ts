import type { Language } from "@quytrinh/core";
import { en } from "./en.js";
import { vi } from "./vi.js";

/** Every word the "errors" exercise and its answer key add, in one language. */
export interface ErrorsMessages {
  title: (procedure: string) => string;
  instructions: (procedure: string, count: number) => string[];
  /** "Bước B4". */
  step: (stepId: string) => string;
  /** "Mục 5.1. Cơ sở pháp lý", from the heading as the Markdown shows it. */
  section: (heading: string) => string;
  legalItem: (heading: string, number: number) => string;
  recordItem: (heading: string, name: string) => string;
  stepTime: (stepId: string, heading: string) => string;
  actorUndefined: (stepId: string, actor: string) => string;
  actorUndefinedFix: (actor: string) => string;
  actorMissing: (stepId: string) => string;
  actorMissingFix: (actors: string) => string;
  timeOverLimit: (stepId: string, duration: string, limit: string) => string;
  timeOverLimitFix: (stepId: string, duration: string) => string;
  branchMissing: (stepId: string, kept: string) => string;
  branchMissingFix: (missing: string) => string;
  outOfOrder: (early: string, earlyAction: string, late: string, lateAction: string) => string;
  outOfOrderFix: (early: string, earlyAction: string, late: string, lateAction: string) => string;
  formUndefined: (stepId: string, code: string) => string;
  formUndefinedFix: (stepId: string, code: string) => string;
  legalSuperseded: (number: string, by: string) => string;
  legalSupersededFix: (citation: string) => string;
  legalSupersededAddedFix: (number: string, by: string) => string;
  recordNoKeeper: (name: string) => string;
  recordNoKeeperFix: (keeper: string) => string;
  recordNoRetention: (name: string) => string;
  recordNoRetentionFix: (retention: string) => string;
  tooManyDefects: (asked: number, available: number) => string;
  tooManyDefectsFix: (available: number) => string;
}

/** The messages in `lang` (Vietnamese unless English is asked for). */
export function errorsMessages(lang: Language | undefined): ErrorsMessages {
  return lang === "en" ? en : vi;
}
