import type { ErrorsMessages } from "./errors-messages.js";

/** English. */
export const en: ErrorsMessages = {
  title: (procedure) => `Exercise: find the non-conformities – ${procedure}`,
  instructions: (procedure, count) => [
    `The procedure “${procedure}” below has ${count} non-conformities: a wrong actor or time, a missing branch, a superseded legal document, a form, the order of steps or a kept record.`,
    "Find each one, and write where it is (step or section) and how to fix it in the answer table.",
    "Fix it on the computer: open the attached .drawio (or .md) file, correct the flowchart and hand in one corrected flowchart.",
  ],
  step: (stepId) => `Step ${stepId}`,
  section: (heading) => `Section ${heading}`,
  legalItem: (heading, number) => `Section ${heading}, document ${number}`,
  recordItem: (heading, name) => `Section ${heading}, record “${name}”`,
  stepTime: (stepId, heading) => `Step ${stepId} (time column), against section ${heading}`,
  actorUndefined: (stepId, actor) =>
    `Step ${stepId} is given to “${actor}”, who is not in the responsibilities section (there is no district level since 1 July 2025)`,
  actorUndefinedFix: (actor) => `Write the actor back: “${actor}”`,
  actorMissing: (stepId) => `Step ${stepId} names no one responsible`,
  actorMissingFix: (actors) => `Name the actor: “${actors}”`,
  timeOverLimit: (stepId, duration, limit) =>
    `The time of step ${stepId} (${duration}) makes the procedure overrun its time limit “${limit}”`,
  timeOverLimitFix: (stepId, duration) => `Set the time of step ${stepId} back to “${duration}”`,
  branchMissing: (stepId, kept) => `Decision ${stepId} has only one branch (“${kept}”)`,
  branchMissingFix: (missing) => `Add the branch “${missing}”`,
  outOfOrder: (early, earlyAction, late, lateAction) =>
    `Wrong order: step ${early} “${earlyAction}” comes before step ${late} “${lateAction}”`,
  outOfOrderFix: (early, earlyAction, late, lateAction) =>
    `Restore the order: step ${early} is “${earlyAction}”, step ${late} is “${lateAction}”`,
  formUndefined: (stepId, code) =>
    `Step ${stepId} uses form ${code}, which the forms section does not list`,
  formUndefinedFix: (stepId, code) =>
    `Remove ${code} from step ${stepId}, or add ${code} to the forms section if the step really uses it`,
  legalSuperseded: (number, by) => `Legal document ${number} has been replaced by ${by}`,
  legalSupersededFix: (citation) => `Replace it with: “${citation}”`,
  legalSupersededAddedFix: (number, by) => `Remove ${number}; the document in force is ${by}`,
  recordNoKeeper: (name) => `Record “${name}” names no keeper`,
  recordNoKeeperFix: (keeper) => `Write the keeper: “${keeper}”`,
  recordNoRetention: (name) => `Record “${name}” has no retention period`,
  recordNoRetentionFix: (retention) => `Write the retention period: “${retention}”`,
  tooManyDefects: (asked, available) =>
    `${asked} non-conformities were asked for, but this procedure has room for only ${available} of different kinds`,
  tooManyDefectsFix: (available) => `Choose a number from 1 to ${available}`,
};
