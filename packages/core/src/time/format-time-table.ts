import { formatDuration } from "../duration/format-duration.js";
import type { Language } from "../model/document-control.js";
import type { Message } from "../validate/message.js";
import type { TimeAnalysis } from "./analyze-time.js";
import { textTable } from "./text-table.js";

/** Options for `formatTimeTable`. */
export interface FormatTimeTableOptions {
  /** Language of labels and decimal mark; default `vi` (decimal comma). */
  lang?: Language;
  /** Working hours in a day, as given to `analyzeTime`; default 8. */
  hoursPerDay?: number;
}

const labels = {
  longest: { vi: () => "Đường dài nhất", en: () => "Longest path" } satisfies Message,
  limit: {
    vi: () => "Thời gian xử lý theo quy định",
    en: () => "Legal processing time",
  } satisfies Message,
  sameDay: {
    vi: ({ d }) => `trong ngày (${d})`,
    en: ({ d }) => `same day (${d})`,
  } satisfies Message<{ d: string }>,
  slack: { vi: ({ d }) => `còn dư ${d}`, en: ({ d }) => `${d} to spare` } satisfies Message<{
    d: string;
  }>,
  over: { vi: ({ d }) => `vượt ${d}`, en: ({ d }) => `${d} over` } satisfies Message<{ d: string }>,
  unknownLimit: { vi: () => "không rõ", en: () => "unknown" } satisfies Message,
  path: { vi: () => "Đường đi", en: () => "Path" } satisfies Message,
  time: { vi: () => "Thời gian", en: () => "Time" } satisfies Message,
  unknown: { vi: () => "Chưa rõ thời gian", en: () => "Unknown duration" } satisfies Message,
  actor: { vi: () => "Người thực hiện", en: () => "Actor" } satisfies Message,
  share: { vi: () => "Tỷ lệ", en: () => "Share" } satisfies Message,
  truncated: {
    vi: ({ n }) => `Chỉ liệt kê ${n} đường đi đầu tiên`,
    en: ({ n }) => `Only the first ${n} paths are listed`,
  } satisfies Message<{ n: number }>,
};

/**
 * The time analysis as a small plain-text report: the longest path against the legal limit, a table
 * of paths and a table of each actor's share of the longest path. Pure; `quytrinh check --time` prints it.
 */
export function formatTimeTable(
  analysis: TimeAnalysis,
  options: FormatTimeTableOptions = {},
): string {
  const lang = options.lang ?? "vi";
  const say = <P extends object>(message: Message<P>, params: P) => message[lang](params);
  const time = (minutes: number) =>
    formatDuration(Math.max(0, minutes), {
      lang,
      ...(options.hoursPerDay === undefined ? {} : { hoursPerDay: options.hoursPerDay }),
    });
  const route = (steps: string[]) => steps.join(" → ");
  const { longest, limit, slack } = analysis;
  const verdict =
    limit === undefined || slack === undefined
      ? say(labels.unknownLimit, {})
      : `${analysis.sameDay ? say(labels.sameDay, { d: time(limit) }) : time(limit)}; ${slack >= 0 ? say(labels.slack, { d: time(slack) }) : say(labels.over, { d: time(-slack) })}`;
  const lines = [
    `${say(labels.longest, {})}: ${route(longest.steps)} (${time(longest.minutes)})`,
    `${say(labels.limit, {})}: ${verdict}`,
    "",
    textTable([
      [say(labels.path, {}), say(labels.time, {}), say(labels.unknown, {})],
      ...analysis.paths.map((path) => [
        route(path.steps),
        time(path.minutes),
        path.unknown.join(", "),
      ]),
    ]),
  ];
  if (analysis.truncated) lines.push(say(labels.truncated, { n: analysis.paths.length }));
  lines.push(
    "",
    textTable([
      [say(labels.actor, {}), say(labels.time, {}), say(labels.share, {})],
      ...analysis.byActor.map((actor) => [
        actor.actor,
        time(actor.minutes),
        percent(actor.share, lang),
      ]),
    ]),
  );
  return `${lines.join("\n")}\n`;
}

function percent(share: number, lang: Language): string {
  const value = (Math.round(share * 1000) / 10).toFixed(1);
  return `${lang === "vi" ? value.replace(".", ",") : value} %`;
}
