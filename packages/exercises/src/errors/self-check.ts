import {
  type Diagnostic,
  type LegalRegistry,
  type Place,
  type Procedure,
  starterRegistry,
  validate,
} from "@quytrinh/core";
import type { InjectedDefect } from "./defect-kind.js";
import type { InjectDefectsResult } from "./inject-defects.js";

/** Options of `selfCheck`: use the registry and date given to `injectDefects`. */
export interface SelfCheckOptions {
  /** Default: core's `starterRegistry`. */
  registry?: LegalRegistry;
  /** Default: the registry's `checked` date. */
  today?: string;
}

/** What the validator did not find. */
export interface SelfCheckResult {
  /** Defects with no new diagnostic of their rule at their place. */
  missed: InjectedDefect[];
  /** Diagnostics of the defective copy that the original did not have. */
  added: Diagnostic[];
}

const key = (diagnostic: Diagnostic) => `${diagnostic.ruleId}\u0000${diagnostic.reason}`;

const samePlace = (a: Place | undefined, b: Place | undefined) =>
  a === undefined || b === undefined
    ? a === b
    : a.start.line === b.start.line && a.start.column === b.start.column;

/**
 * Checks that `validate` finds every injected defect: a diagnostic of the defect's rule at the
 * defect's reported place that the original did not have. Diagnostics are compared by rule and
 * message, so the original's places (from any file) do not matter.
 */
export function selfCheck(
  original: Procedure,
  injected: InjectDefectsResult,
  options: SelfCheckOptions = {},
): SelfCheckResult {
  const registry = options.registry ?? starterRegistry;
  const config = { registry, today: options.today ?? registry.checked, lang: "vi" as const };
  const before = new Map<string, number>();
  for (const diagnostic of validate(original, config)) {
    before.set(key(diagnostic), (before.get(key(diagnostic)) ?? 0) + 1);
  }
  const added = validate(injected.procedure, config).filter((diagnostic) => {
    const left = before.get(key(diagnostic)) ?? 0;
    if (left > 0) before.set(key(diagnostic), left - 1);
    return left === 0;
  });
  const missed = injected.defects.filter(
    (defect) =>
      !added.some(
        (diagnostic) =>
          diagnostic.ruleId === defect.ruleId && samePlace(diagnostic.place, defect.reportedAt),
      ),
  );
  return { missed, added };
}
