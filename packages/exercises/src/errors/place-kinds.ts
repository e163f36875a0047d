import type { Procedure } from "@quytrinh/core";
import type { SeededRandom } from "../seeded-random.js";
import { DEFECT_KINDS, type DefectKind } from "./defect-kind.js";
import type { DefectPlan, PlanContext } from "./defect-plan.js";
import { DEFECT_PLANNERS } from "./defects/defect-planners.js";

/** New random picks to try before giving up on a kind that found no free spot. */
const RETRIES = 10;

/**
 * Places `count` defects of different kinds: the first `count` of the shuffled `kinds`, trying new
 * random spots before swapping a kind that found none for a spare one. `undefined` when it cannot.
 */
export function placeKinds(
  procedure: Procedure,
  kinds: readonly DefectKind[],
  count: number,
  context: PlanContext,
  random: SeededRandom,
): Applied | undefined {
  const chosen = kinds.slice(0, count);
  const spare = kinds.slice(count);
  for (let tries = 0; ; tries++) {
    const attempt = applyKinds(procedure, chosen, context, random);
    if (!("failed" in attempt)) return attempt;
    if (tries < RETRIES) continue;
    const replacement = spare.shift();
    if (replacement === undefined) return undefined;
    chosen.splice(chosen.indexOf(attempt.failed), 1, replacement);
    tries = 0;
  }
}

/** A copy with defects applied, and the plans that made them. */
export interface Applied {
  copy: Procedure;
  plans: DefectPlan[];
}

/** Applies one defect of each kind in the fixed order; names the kind that found no free spot. */
function applyKinds(
  procedure: Procedure,
  kinds: readonly DefectKind[],
  context: PlanContext,
  random: SeededRandom,
): Applied | { failed: DefectKind } {
  const copy = structuredClone(procedure);
  const taken = new Set<string>();
  const plans: DefectPlan[] = [];
  for (const kind of DEFECT_KINDS.filter((candidate) => kinds.includes(candidate))) {
    const free = DEFECT_PLANNERS[kind](copy, context).filter((plan) =>
      plan.spots.every((spot) => !taken.has(spot)),
    );
    const plan = free[random.below(free.length)];
    if (plan === undefined) return { failed: kind };
    plan.apply(copy);
    for (const spot of plan.spots) taken.add(spot);
    plans.push(plan);
  }
  return { copy, plans };
}
