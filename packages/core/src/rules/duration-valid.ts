import type { Message } from "../validate/message.js";
import { sectionPlace } from "../validate/places.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  step: {
    vi: ({ step, text }) => `Bước \`${step}\`: không hiểu thời gian \`${text}\``,
    en: ({ step, text }) => `Step \`${step}\`: cannot read the duration \`${text}\``,
  } satisfies Message<{ step: string; text: string }>,
  processingTime: {
    vi: ({ text }) => `Không hiểu thời gian xử lý \`${text}\``,
    en: ({ text }) => `Cannot read the processing time \`${text}\``,
  } satisfies Message<{ text: string }>,
  fix: {
    vi: () => "Viết như `30 phút`, `0,5 ngày`, `Không quá 03 ngày làm việc` hoặc `Trong ngày`",
    en: () => "Write it like `30 phút`, `0,5 ngày`, `Không quá 03 ngày làm việc` or `Trong ngày`",
  } satisfies Message,
};

/** Every duration parses, so that times can be added up and checked against the legal limit. */
export const durationValid = defineRule({
  id: "duration-valid",
  description: {
    vi: "Mọi thời gian đều đọc được",
    en: "Every duration can be read",
  },
  check({ procedure, t, report }) {
    const expected = t(messages.fix, {});
    for (const step of procedure.steps) {
      if (step.duration?.kind !== "unparsed") continue;
      const text = step.duration.text;
      report({
        reason: t(messages.step, { step: step.id, text }),
        place: step.place,
        expected,
        actual: text,
      });
    }
    const time = procedure.tthc?.processingTime;
    if (time?.kind === "unparsed") {
      report({
        reason: t(messages.processingTime, { text: time.text }),
        place: sectionPlace(procedure, "processingTime") ?? procedure.tthc?.place,
        expected,
        actual: time.text,
      });
    }
  },
});
