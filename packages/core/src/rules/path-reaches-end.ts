import { findDeadEnds } from "../validate/dead-ends.js";
import type { Message } from "../validate/message.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  stuck: {
    vi: ({ step }) => `Từ bước \`${step}\` không có đường nào tới Kết thúc`,
    en: ({ step }) => `No path from step \`${step}\` reaches the end`,
  } satisfies Message<{ step: string }>,
  note: {
    vi: () => "Mọi nhánh từ bước này đều dẫn vào một vòng lặp không có lối ra",
    en: () => "Every branch from this step runs into a loop with no way out",
  } satisfies Message,
};

/** Every path reaches an end: no step leads only into a loop that never finishes. */
export const pathReachesEnd = defineRule({
  id: "path-reaches-end",
  description: {
    vi: "Mọi đường đi đều tới Kết thúc",
    en: "Every path reaches an end",
  },
  check({ procedure, t, report }) {
    for (const id of findDeadEnds(procedure).stuck) {
      const step = procedure.steps.find((candidate) => candidate.id === id);
      report({
        reason: t(messages.stuck, { step: id }),
        place: step?.place,
        note: t(messages.note, {}),
      });
    }
  },
});
