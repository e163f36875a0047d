import type { Message } from "../validate/message.js";
import { defineRule } from "../validate/rule.js";
import { targetLabel } from "../validate/target-label.js";

const messages = {
  tooFew: {
    vi: ({ step, count }) => `Bước quyết định \`${step}\` cần ít nhất 2 nhánh, hiện có ${count}`,
    en: ({ step, count }) => `Decision \`${step}\` needs at least 2 branches, it has ${count}`,
  } satisfies Message<{ step: string; count: number }>,
  unlabelled: {
    vi: ({ step, target }) => `Nhánh từ bước quyết định \`${step}\` tới \`${target}\` chưa có nhãn`,
    en: ({ step, target }) => `The branch from decision \`${step}\` to \`${target}\` has no label`,
  } satisfies Message<{ step: string; target: string }>,
  example: {
    vi: ({ target }) => `Đạt → ${target}`,
    en: ({ target }) => `Yes → ${target}`,
  } satisfies Message<{ target: string }>,
};

/** A decision has at least two branches and each says when it is taken ("Đủ", "Chưa đủ"). */
export const decisionBranches = defineRule({
  id: "decision-branches",
  description: {
    vi: "Bước quyết định có ít nhất 2 nhánh, mỗi nhánh có nhãn",
    en: "A decision has at least two labelled branches",
  },
  check({ procedure, lang, t, report }) {
    for (const step of procedure.steps) {
      if (step.kind !== "decision") continue;
      if (step.branches.length < 2) {
        report({
          reason: t(messages.tooFew, { step: step.id, count: step.branches.length }),
          place: step.place,
        });
      }
      for (const branch of step.branches) {
        if ((branch.label ?? "").trim() !== "") continue;
        report({
          reason: t(messages.unlabelled, {
            step: step.id,
            target: targetLabel(branch.target, lang),
          }),
          place: branch.place ?? step.place,
          expected: t(messages.example, { target: targetLabel(branch.target, lang) }),
        });
      }
    }
  },
});
