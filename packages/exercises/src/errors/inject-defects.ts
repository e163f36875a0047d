import type { Procedure } from "@quytrinh/core";
import { fromMarkdown, toMarkdown } from "@quytrinh/markdown";
import { seededRandom } from "../seeded-random.js";
import type { DefectKind, InjectDefectsOptions, InjectedDefect } from "./defect-kind.js";
import { DEFECT_PLANNERS } from "./defects/defect-planners.js";
import { placeOf, type ReadBack, whereOf } from "./locate.js";
import { errorsMessages } from "./messages/errors-messages.js";
import { type Applied, placeKinds } from "./place-kinds.js";
import { DEFAULT_DEFECT_COUNT, resolveOptions } from "./resolve-options.js";

/** A procedure with injected defects, and the answer key's view of each defect. */
export interface InjectDefectsResult {
  /** The defective copy, as read back from its own Markdown: `toMarkdown` of it is the trainees' file. */
  procedure: Procedure;
  /** The defects, in the order they appear in that file. */
  defects: InjectedDefect[];
}

/** The kinds of defect that can be injected into this procedure (each has at least one spot). */
export function applicableDefectKinds(
  procedure: Procedure,
  options: Omit<InjectDefectsOptions, "seed" | "count"> = {},
): DefectKind[] {
  const { kinds, context } = resolveOptions(procedure, { ...options, seed: 0 });
  return kinds.filter((kind) => DEFECT_PLANNERS[kind](procedure, context).length > 0);
}

/** Why the defects asked for cannot be injected: fewer kinds fit the procedure than asked for. */
export interface DefectShortfall {
  asked: number;
  /** The most defects of different kinds that could be placed. */
  available: number;
}

/**
 * Injects `count` realistic defects of different kinds into a copy of the procedure, chosen with the
 * seed: the same procedure and options always give a deep-equal result. No two defects share a spot,
 * and each is one `validate` reports (with the same registry and `today`). Throws a `RangeError`
 * with a message in `lang` when the procedure allows fewer kinds than asked for.
 */
export function injectDefects(
  procedure: Procedure,
  options: InjectDefectsOptions,
): InjectDefectsResult {
  const result = tryInjectDefects(procedure, options);
  if ("asked" in result) {
    const messages = errorsMessages(options.lang ?? procedure.control.language);
    throw new RangeError(
      `injectDefects: ${messages.tooManyDefects(result.asked, result.available)}`,
    );
  }
  return result;
}

/** `injectDefects`, returning the shortfall instead of throwing it. */
export function tryInjectDefects(
  procedure: Procedure,
  options: InjectDefectsOptions,
): InjectDefectsResult | DefectShortfall {
  const resolved = resolveOptions(procedure, options);
  const random = seededRandom(resolved.seed);
  const applicable = random.shuffle(
    resolved.kinds.filter((kind) => DEFECT_PLANNERS[kind](procedure, resolved.context).length > 0),
  );
  const asked = resolved.count ?? Math.max(1, Math.min(DEFAULT_DEFECT_COUNT, applicable.length));
  const place = (count: number) =>
    placeKinds(procedure, applicable, count, resolved.context, random);
  const applied = asked <= applicable.length ? place(asked) : undefined;
  if (applied) return readBack(applied, procedure, errorsMessages(resolved.lang));
  for (let available = Math.min(asked - 1, applicable.length); available > 0; available--) {
    const fewer = place(available);
    if (!fewer) continue;
    if (resolved.count !== undefined) return { asked, available };
    return readBack(fewer, procedure, errorsMessages(resolved.lang));
  }
  return { asked, available: 0 };
}

/** Writes the copy to Markdown, reads it back, and places each defect in that Markdown. */
function readBack(
  { copy, plans }: Applied,
  original: Procedure,
  messages: ReturnType<typeof errorsMessages>,
): InjectDefectsResult {
  const markdown = toMarkdown(copy);
  const read: ReadBack = {
    procedure: fromMarkdown(markdown, { lang: original.control.language }).procedure,
    lines: markdown.split("\n"),
  };
  const defects = plans.map((plan): InjectedDefect => {
    const place = placeOf(read, plan.at);
    const reportedAt = placeOf(read, plan.reportedAt);
    return {
      kind: plan.kind,
      ruleId: plan.ruleId,
      ...(plan.stepId === undefined ? {} : { stepId: plan.stepId }),
      ...plan.describe(messages),
      where: whereOf(read, plan, messages),
      ...(place ? { place } : {}),
      ...(reportedAt ? { reportedAt } : {}),
    };
  });
  const line = (defect: InjectedDefect) => defect.place?.start.line ?? 0;
  defects.sort((a, b) => line(a) - line(b));
  return { procedure: read.procedure, defects };
}
