import type { Diagnostic, Place } from "@quytrinh/core";
import type { MarkdownRuleId, MessageCatalogue, MessageParams } from "./catalogue.js";
import { en } from "./en.js";
import { PARSER_SEVERITIES } from "./severities.js";
import { vi } from "./vi.js";

/** The `source` of every diagnostic this package reports. */
export const DIAGNOSTIC_SOURCE = "quytrinh-markdown";

const CATALOGUES: Readonly<Record<"vi" | "en", MessageCatalogue>> = { vi, en };

/** Optional parts of a diagnostic: the suggested fix and the offending value. */
export interface ReportExtras {
  expected?: string | undefined;
  actual?: string | undefined;
}

/** Collects positioned diagnostics in one language. */
export interface Reporter {
  readonly diagnostics: Diagnostic[];
  report<K extends MarkdownRuleId>(
    ruleId: K,
    params: MessageParams[K],
    place: Place,
    extras?: ReportExtras,
  ): void;
}

/** A reporter writing messages in `lang`. */
export function createReporter(lang: "vi" | "en"): Reporter {
  const catalogue = CATALOGUES[lang];
  const diagnostics: Diagnostic[] = [];
  return {
    diagnostics,
    report(ruleId, params, place, extras) {
      const diagnostic: Diagnostic = {
        ruleId,
        source: DIAGNOSTIC_SOURCE,
        severity: PARSER_SEVERITIES[ruleId],
        reason: catalogue[ruleId](params),
        place,
      };
      if (extras?.expected !== undefined) diagnostic.expected = extras.expected;
      if (extras?.actual !== undefined) diagnostic.actual = extras.actual;
      diagnostics.push(diagnostic);
    },
  };
}
