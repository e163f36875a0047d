import type { z } from "zod";
import type { Language } from "../model/document-control.js";
import type { Place } from "../model/place.js";
import type { Procedure } from "../model/procedure.js";
import type { LegalRegistry } from "../registry/legal-registry.js";
import type { Message } from "./message.js";

/** What a rule says about one problem; the engine adds the rule id, severity, source and doc link. */
export interface RuleReport {
  /** One sentence, code in backticks, no trailing period. */
  reason: string;
  place?: Place | undefined;
  /** The suggested fix. */
  expected?: string | undefined;
  /** The offending value. */
  actual?: string | undefined;
  note?: string | undefined;
}

/** Everything a rule may look at while it checks one procedure, and the way it reports. */
export interface RuleContext<Options> {
  procedure: Procedure;
  options: Options;
  lang: Language;
  /** The user's legal registry, when one was given. */
  registry: LegalRegistry | undefined;
  /** Today's date, `YYYY-MM-DD`. */
  today: string;
  /** Working hours in a working day, for converting days to minutes. */
  hoursPerDay: number;
  /** Fills in one of the rule's messages in the requested language. */
  t<P extends object>(message: Message<P>, params: P): string;
  report(report: RuleReport): void;
}

/** A validation rule: a stable kebab-case id, a one-line description and a check that only reports. */
export interface Rule<Id extends string = string, Options = unknown> {
  id: Id;
  description: Record<Language, string>;
  /** Validates and fills defaults of the options given as `[level, options]`. */
  options?: z.ZodType<Options>;
  check(context: RuleContext<Options>): void;
}

/** Declares a rule, keeping its literal id and options type. */
export function defineRule<const Id extends string, Options = undefined>(
  rule: Rule<Id, Options>,
): Rule<Id, Options> {
  return rule;
}
