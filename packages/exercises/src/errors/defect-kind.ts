import type { Language, LegalRegistry, Place, RuleId } from "@quytrinh/core";

/**
 * The kinds of defect the "errors" exercise injects, in the order they are applied: the ones that
 * change the flow first, so that the later ones are planned on the flow trainees will see.
 */
export const DEFECT_KINDS = [
  "decision-branch-missing",
  "step-out-of-order",
  "time-over-limit",
  "actor-undefined",
  "actor-missing",
  "form-undefined",
  "legal-superseded",
  "record-incomplete",
] as const;

/** One kind of realistic mistake an official makes when editing a procedure in Word. */
export type DefectKind = (typeof DEFECT_KINDS)[number];

/** Options of `injectDefects` and `errorsExercise`. */
export interface InjectDefectsOptions {
  /** Chooses the defects and where they go: the same seed always gives the same result. A safe integer. */
  seed: number;
  /** How many defects, each of a different kind. Default: 5, or as many as fit when fewer do. */
  count?: number;
  /** Language of the answer key. Default: the procedure's, else `vi`. */
  lang?: Language;
  /** The kinds to choose from. Default: all of them. */
  kinds?: readonly DefectKind[];
  /** Where superseded documents come from, and what `validate` checks against. Default: core's `starterRegistry`. */
  registry?: LegalRegistry;
  /** The date the legal basis is judged on, `YYYY-MM-DD`. Default: the registry's `checked` date. */
  today?: string;
}

/** One injected defect: what it is, where the trainee finds it, how to fix it, and which rule reports it. */
export interface InjectedDefect {
  kind: DefectKind;
  /** The validation rule that reports it. */
  ruleId: RuleId;
  /** The step it concerns, when it concerns one. */
  stepId?: string;
  /** What is wrong, for the answer key. */
  what: string;
  /** Where it is, in words an official uses ("Bước B4", "Mục 5.1. Cơ sở pháp lý, văn bản thứ 7"). */
  where: string;
  /** The change that fixes it. */
  fix: string;
  /** Where it is in the defective procedure's Markdown (`toMarkdown` of the returned procedure). */
  place?: Place;
  /** Where `validate` reports it in that Markdown; may differ from `place` (a step's time is reported at 5.5). */
  reportedAt?: Place;
}
