import { findDeadEnds } from "../validate/dead-ends.js";
import type { Message } from "../validate/message.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  trapped: {
    vi: ({ steps }) => `Vòng lặp qua ${steps} không có lối ra tới Kết thúc`,
    en: ({ steps }) => `The loop through ${steps} has no way out to the end`,
  } satisfies Message<{ steps: string }>,
  fix: {
    vi: ({ step }) => `Thêm một nhánh từ \`${step}\` ra khỏi vòng lặp`,
    en: ({ step }) => `Add a branch from \`${step}\` that leaves the loop`,
  } satisfies Message<{ step: string }>,
};

/** No loop lacks an exit: a return for supplements ("bổ sung hồ sơ") must be able to move on. */
export const cycleHasExit = defineRule({
  id: "cycle-has-exit",
  description: {
    vi: "Vòng lặp nào cũng có lối ra",
    en: "No loop lacks an exit",
  },
  check({ procedure, t, report }) {
    for (const trap of findDeadEnds(procedure).traps) {
      const first = procedure.steps.find((step) => trap.includes(step.id));
      const decision = procedure.steps.find(
        (step) => trap.includes(step.id) && step.kind === "decision",
      );
      report({
        reason: t(messages.trapped, { steps: trap.map((id) => `\`${id}\``).join(", ") }),
        place: first?.place,
        expected: t(messages.fix, { step: (decision ?? first)?.id ?? trap[0] ?? "" }),
      });
    }
  },
});
