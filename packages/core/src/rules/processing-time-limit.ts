import { formatDuration } from "../duration/format-duration.js";
import { analyzeTime } from "../time/analyze-time.js";
import type { Message } from "../validate/message.js";
import { sectionPlace } from "../validate/places.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  over: {
    vi: ({ path, total, limit, over }) =>
      `Tổng thời gian theo đường dài nhất (${path}) là ${total}, vượt thời gian xử lý ${limit} là ${over}`,
    en: ({ path, total, limit, over }) =>
      `The longest path (${path}) takes ${total}, ${over} over the processing time of ${limit}`,
  } satisfies Message<{ path: string; total: string; limit: string; over: string }>,
  unknown: {
    vi: ({ steps }) => `Chưa tính các bước không rõ thời gian: ${steps}`,
    en: ({ steps }) => `Steps without a known duration are not counted: ${steps}`,
  } satisfies Message<{ steps: string }>,
};

/** The total along the longest path does not exceed the legal processing time; says by how much it does. */
export const processingTimeLimit = defineRule({
  id: "processing-time-limit",
  description: {
    vi: "Tổng thời gian theo đường dài nhất không vượt thời gian xử lý theo quy định",
    en: "The longest path does not take longer than the legal processing time",
  },
  check({ procedure, hoursPerDay, lang, t, report }) {
    const analysis = analyzeTime(procedure, { hoursPerDay });
    if (analysis.limit === undefined || analysis.slack === undefined || analysis.slack >= 0) return;
    const format = (minutes: number) => formatDuration(minutes, { hoursPerDay, lang });
    const { longest } = analysis;
    report({
      reason: t(messages.over, {
        path: `\`${longest.steps.join(" → ")}\``,
        total: format(longest.minutes),
        limit: format(analysis.limit),
        over: format(-analysis.slack),
      }),
      place: sectionPlace(procedure, "processingTime") ?? procedure.tthc?.place,
      actual: format(longest.minutes),
      note:
        longest.unknown.length === 0
          ? undefined
          : t(messages.unknown, { steps: longest.unknown.map((id) => `\`${id}\``).join(", ") }),
    });
  },
});
