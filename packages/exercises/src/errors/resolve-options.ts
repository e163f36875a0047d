import { type Language, type LegalRegistry, type Procedure, starterRegistry } from "@quytrinh/core";
import { DEFECT_KINDS, type DefectKind, type InjectDefectsOptions } from "./defect-kind.js";
import type { PlanContext } from "./defect-plan.js";

/** How many defects an exercise has when the caller does not say. */
export const DEFAULT_DEFECT_COUNT = 5;

/** The options of `injectDefects` with their defaults filled in. */
export interface ResolvedOptions {
  seed: number;
  count: number | undefined;
  lang: Language;
  kinds: readonly DefectKind[];
  context: PlanContext;
}

/** Fills in the defaults; throws a `TypeError` for arguments of the wrong type (programmer misuse). */
export function resolveOptions(
  procedure: Procedure,
  options: InjectDefectsOptions,
): ResolvedOptions {
  if (typeof procedure !== "object" || procedure === null || !Array.isArray(procedure.steps)) {
    throw new TypeError(
      "injectDefects expects a procedure model (the result of ProcedureSchema.parse)",
    );
  }
  if (!Number.isSafeInteger(options.seed)) {
    throw new TypeError(`injectDefects expects a safe integer seed, not ${String(options.seed)}`);
  }
  const { count } = options;
  if (count !== undefined && (!Number.isSafeInteger(count) || count < 1)) {
    throw new TypeError(`injectDefects expects a count of at least 1, not ${String(count)}`);
  }
  const unknown = options.kinds?.filter(
    (kind) => !(DEFECT_KINDS as readonly string[]).includes(kind),
  );
  if (unknown?.length)
    throw new TypeError(`injectDefects: unknown defect kind ${unknown.join(", ")}`);
  const registry: LegalRegistry = options.registry ?? starterRegistry;
  return {
    seed: options.seed,
    count,
    lang: options.lang ?? procedure.control.language ?? "vi",
    kinds: DEFECT_KINDS.filter((kind) => options.kinds?.includes(kind) ?? true),
    context: {
      registry,
      today: options.today ?? registry.checked,
      documentLang: procedure.control.language,
    },
  };
}
