import { formatDuration } from "../duration/format-duration.js";
import { stepMinutes } from "../duration/step-minutes.js";
import { minutesPerUnit } from "../duration/working-time.js";
import type { Message } from "../validate/message.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  tooLong: {
    vi: ({ step, duration }) =>
      `Thủ tục giải quyết trong ngày nhưng bước \`${step}\` mất ${duration}`,
    en: ({ step, duration }) =>
      `The procedure is handled within the day, but step \`${step}\` takes ${duration}`,
  } satisfies Message<{ step: string; duration: string }>,
};

/** A procedure handled "Trong ngày" has no step longer than one working day. */
export const sameDayStep = defineRule({
  id: "same-day-step",
  description: {
    vi: "Thủ tục giải quyết trong ngày không có bước kéo dài nhiều ngày",
    en: "A same-day procedure has no multi-day step",
  },
  check({ procedure, hoursPerDay, lang, t, report }) {
    if (procedure.tthc?.processingTime?.kind !== "same-day") return;
    const day = minutesPerUnit("day", { hoursPerDay });
    for (const step of procedure.steps) {
      const minutes = stepMinutes(step, { hoursPerDay });
      if (minutes === undefined || minutes <= day) continue;
      report({
        reason: t(messages.tooLong, {
          step: step.id,
          duration: formatDuration(minutes, { hoursPerDay, lang }),
        }),
        place: step.place,
        actual: step.duration?.text,
      });
    }
  },
});
