import { END } from "../model/step.js";
import type { Message } from "../validate/message.js";
import { nearestMatch } from "../validate/nearest-match.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  missing: {
    vi: ({ step, target }) =>
      `Bước \`${step}\` chuyển tới \`${target}\` nhưng không có bước \`${target}\``,
    en: ({ step, target }) => `Step \`${step}\` goes to \`${target}\`, which is not a step`,
  } satisfies Message<{ step: string; target: string }>,
};

/** Every branch goes to a step that exists, or to the end ("Kết thúc"). */
export const branchTargetExists = defineRule({
  id: "branch-target-exists",
  description: {
    vi: "Mỗi nhánh chuyển tới một bước có thật hoặc tới Kết thúc",
    en: "Every branch goes to an existing step or to the end",
  },
  check({ procedure, t, report }) {
    const ids = procedure.steps.map((step) => step.id);
    for (const step of procedure.steps) {
      for (const branch of step.branches) {
        if (branch.target === END || ids.includes(branch.target)) continue;
        report({
          reason: t(messages.missing, { step: step.id, target: branch.target }),
          place: branch.place ?? step.place,
          expected: nearestMatch(branch.target, ids),
          actual: branch.target,
        });
      }
    }
  },
});
