import type { Step } from "../model/step.js";
import type { Message } from "../validate/message.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  duplicate: {
    vi: ({ step }) => `Mã bước \`${step}\` bị trùng`,
    en: ({ step }) => `Step id \`${step}\` is used more than once`,
  } satisfies Message<{ step: string }>,
  firstAt: {
    vi: ({ line }) => `Mã này đã dùng ở dòng ${line}`,
    en: ({ line }) => `The id is first used on line ${line}`,
  } satisfies Message<{ line: number }>,
};

/** Step ids are unique, so every arrow and every reference means one step. */
export const stepIdUnique = defineRule({
  id: "step-id-unique",
  description: {
    vi: "Mã bước không trùng nhau",
    en: "Step ids are unique",
  },
  check({ procedure, t, report }) {
    const first = new Map<string, Step>();
    for (const step of procedure.steps) {
      const earlier = first.get(step.id);
      if (!earlier) {
        first.set(step.id, step);
        continue;
      }
      const line = earlier.place?.start.line;
      report({
        reason: t(messages.duplicate, { step: step.id }),
        place: step.place,
        actual: step.id,
        note: line === undefined ? undefined : t(messages.firstAt, { line }),
      });
    }
  },
});
