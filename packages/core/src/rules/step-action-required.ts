import type { Message } from "../validate/message.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  missing: {
    vi: ({ step }) => `Bước \`${step}\` chưa có nội dung công việc`,
    en: ({ step }) => `Step \`${step}\` has no action`,
  } satisfies Message<{ step: string }>,
};

/** Every step says what is done. */
export const stepActionRequired = defineRule({
  id: "step-action-required",
  description: {
    vi: "Mỗi bước có nội dung công việc",
    en: "Every step says what is done",
  },
  check({ procedure, t, report }) {
    for (const step of procedure.steps) {
      if (step.action.trim() !== "") continue;
      report({ reason: t(messages.missing, { step: step.id }), place: step.place });
    }
  },
});
