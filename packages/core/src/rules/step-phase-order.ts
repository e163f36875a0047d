import { depthFirst } from "../graph/depth-first.js";
import { flowGraph } from "../graph/flow-graph.js";
import type { Language } from "../model/document-control.js";
import type { Step } from "../model/step.js";
import { foldText } from "../validate/fold-text.js";
import type { Message } from "../validate/message.js";
import { defineRule } from "../validate/rule.js";

/** The phases of a one-stop procedure, in the order the flow must pass them. */
const PHASES = ["receive", "examine", "sign", "deliver"] as const;
type Phase = (typeof PHASES)[number];

/**
 * How a clause of a step's action starts when the step belongs to a phase (folded text, so a
 * document typed without diacritics is read the same). Only the start of a clause counts:
 * "trình ký" is not a signature and "hẹn trả kết quả" is not the return of results.
 */
const OPENINGS: Record<Phase, RegExp> = {
  receive: /^(tiep nhan|receive)\b/u,
  examine: /^(tham dinh|tham tra|xac minh|examine|appraise|verify)\b/u,
  sign: /^(ky|phe duyet|duyet|sign|approve)\b/u,
  deliver: /^(tra ket qua|return (the )?results?|deliver)\b/u,
};

const PHASE_NAMES: Record<Language, Record<Phase, string>> = {
  vi: { receive: "tiếp nhận", examine: "thẩm định", sign: "ký duyệt", deliver: "trả kết quả" },
  en: {
    receive: "receipt",
    examine: "examination",
    sign: "signature",
    deliver: "return of results",
  },
};

const messages = {
  early: {
    vi: ({ step, phase, later, laterPhase }) =>
      `Bước \`${step}\` (${phase}) đứng trước bước \`${later}\` (${laterPhase}) trong luồng xử lý`,
    en: ({ step, phase, later, laterPhase }) =>
      `Step \`${step}\` (${phase}) comes before step \`${later}\` (${laterPhase}) in the flow`,
  } satisfies Message<{ step: string; phase: string; later: string; laterPhase: string }>,
  fix: {
    vi: ({ step, later }) => `Đặt bước \`${step}\` sau bước \`${later}\``,
    en: ({ step, later }) => `Move step \`${step}\` after step \`${later}\``,
  } satisfies Message<{ step: string; later: string }>,
  order: {
    vi: () => "Thứ tự một cửa: tiếp nhận → thẩm định → ký duyệt → trả kết quả",
    en: () => "One-stop order: receipt → examination → signature → return of results",
  } satisfies Message,
};

/** The phase a step belongs to, read from the first clause of its action that opens one. */
function stepPhase(step: Step): Phase | undefined {
  for (const clause of foldText(step.action).split(/[,;:]/u)) {
    const text = clause.trim();
    const phase = PHASES.find((candidate) => OPENINGS[candidate].test(text));
    if (phase) return phase;
  }
  return undefined;
}

/**
 * The steps of a one-stop procedure pass its phases in order along the flow: receipt, examination,
 * signature, return of results. A step is reported when a step of an earlier phase can follow it
 * (loops back, such as a request to complete the dossier, are not counted). Steps whose action
 * opens with none of the phases' verbs are not checked.
 */
export const stepPhaseOrder = defineRule({
  id: "step-phase-order",
  description: {
    vi: "Các bước theo đúng thứ tự tiếp nhận → thẩm định → ký duyệt → trả kết quả",
    en: "Steps follow the order receipt → examination → signature → return of results",
  },
  check({ procedure, lang, t, report }) {
    const graph = flowGraph(procedure);
    const loops = new Set(depthFirst(graph).backEdges);
    const ranks = new Map<string, number>();
    for (const [id, step] of graph.steps) {
      const phase = stepPhase(step);
      if (phase !== undefined) ranks.set(id, PHASES.indexOf(phase));
    }
    const rank = (id: string): number => ranks.get(id) ?? -1;
    for (const [id, step] of graph.steps) {
      const own = rank(id);
      if (own <= 0) continue;
      const later = firstFollowing(graph.out, loops, id, (other) => {
        const value = rank(other);
        return value >= 0 && value < own;
      });
      if (later === undefined) continue;
      const names = PHASE_NAMES[lang];
      report({
        reason: t(messages.early, {
          step: id,
          phase: names[PHASES[own] ?? "receive"],
          later,
          laterPhase: names[PHASES[rank(later)] ?? "receive"],
        }),
        place: step.place,
        expected: t(messages.fix, { step: id, later }),
        actual: step.action,
        note: t(messages.order, {}),
      });
    }
  },
});

/** The nearest step after `start` along the flow, loops left out, that `matches`. */
function firstFollowing<Edge extends { to: string }>(
  out: ReadonlyMap<string, readonly Edge[]>,
  loops: ReadonlySet<Edge>,
  start: string,
  matches: (id: string) => boolean,
): string | undefined {
  const seen = new Set([start]);
  const queue = [start];
  for (let index = 0; index < queue.length; index++) {
    for (const edge of out.get(queue[index] ?? "") ?? []) {
      if (loops.has(edge) || seen.has(edge.to)) continue;
      if (matches(edge.to)) return edge.to;
      seen.add(edge.to);
      queue.push(edge.to);
    }
  }
  return undefined;
}
