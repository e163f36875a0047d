import type { LegalRegistry, Procedure, RuleId, SectionKey } from "@quytrinh/core";
import type { DefectKind } from "./defect-kind.js";
import type { ErrorsMessages } from "./messages/errors-messages.js";

/** A node of a procedure that survives a round trip through Markdown: found again by id or index. */
export type Locator =
  | { step: string }
  | { legal: number }
  | { record: number }
  | { section: SectionKey };

/** What a planner may look at besides the procedure. */
export interface PlanContext {
  registry: LegalRegistry;
  today: string;
  /** Words written into the procedure itself follow its language. */
  documentLang: Procedure["control"]["language"];
}

/** The texts of one answer, in the answer key's language. */
export interface DefectTexts {
  what: string;
  fix: string;
}

/**
 * One way to inject one defect: the spots it takes (so no two defects share one), the change, where
 * it sits and where `validate` reports it, and its answer. Values it needs later are captured when planned.
 */
export interface DefectPlan {
  kind: DefectKind;
  ruleId: RuleId;
  /** Keys such as `step:B4` or `record:1`; two defects never share one. */
  spots: string[];
  stepId?: string;
  at: Locator;
  reportedAt: Locator;
  apply(copy: Procedure): void;
  describe(messages: ErrorsMessages): DefectTexts;
}

/** Lists every way to inject one kind of defect into the procedure as it now is. */
export type DefectPlanner = (procedure: Procedure, context: PlanContext) => DefectPlan[];
