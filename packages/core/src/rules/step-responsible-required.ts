import type { Message } from "../validate/message.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  missing: {
    vi: ({ step }) => `Bước \`${step}\` chưa có người hoặc bộ phận thực hiện`,
    en: ({ step }) => `Step \`${step}\` has no responsible unit`,
  } satisfies Message<{ step: string }>,
};

/** Every working step names who does it ("rõ người, rõ việc"); start and end markers need no one. */
export const stepResponsibleRequired = defineRule({
  id: "step-responsible-required",
  description: {
    vi: "Mỗi bước có người hoặc bộ phận thực hiện",
    en: "Every step names who is responsible",
  },
  check({ procedure, t, report }) {
    for (const step of procedure.steps) {
      if (step.kind === "start" || step.kind === "end") continue;
      if (step.actors.some((actor) => actor.trim() !== "")) continue;
      report({ reason: t(messages.missing, { step: step.id }), place: step.place });
    }
  },
});
