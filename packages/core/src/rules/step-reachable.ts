import { reachableFrom } from "../graph/reachable-from.js";
import type { Message } from "../validate/message.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  unreachable: {
    vi: ({ step, first }) => `Bước \`${step}\` không thể tới được từ bước đầu tiên \`${first}\``,
    en: ({ step, first }) => `Step \`${step}\` cannot be reached from the first step \`${first}\``,
  } satisfies Message<{ step: string; first: string }>,
  note: {
    vi: () => "Không có bước nào chuyển tới bước này theo thứ tự hoặc theo nhánh",
    en: () => "No step leads here, neither by order nor by a branch",
  } satisfies Message,
};

/** Every step can be reached from the first one; a step nothing leads to is never carried out. */
export const stepReachable = defineRule({
  id: "step-reachable",
  description: {
    vi: "Mọi bước đều tới được từ bước đầu tiên",
    en: "Every step is reachable from the first step",
  },
  check({ procedure, t, report }) {
    const [first] = procedure.steps;
    if (!first) return;
    const reached = reachableFrom(procedure);
    const seen = new Set<string>();
    for (const step of procedure.steps) {
      if (seen.has(step.id)) continue;
      seen.add(step.id);
      if (reached.has(step.id)) continue;
      report({
        reason: t(messages.unreachable, { step: step.id, first: first.id }),
        place: step.place,
        note: t(messages.note, {}),
      });
    }
  },
});
