import { z } from "zod";
import { citedInRegistry } from "../registry/cited-in-registry.js";
import { legalStanding } from "../registry/legal-standing.js";
import { addMonths } from "../time/add-months.js";
import { formatDate } from "../time/format-date.js";
import type { Message } from "../validate/message.js";
import { registryChecked } from "../validate/registry-checked.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  replaced: {
    vi: ({ number, by, date }) =>
      `Văn bản \`${number}\` sẽ được thay thế bởi \`${by}\` từ ngày ${date}`,
    en: ({ number, by, date }) =>
      `Legal document \`${number}\` will be replaced by \`${by}\` on ${date}`,
  } satisfies Message<{ number: string; by: string; date: string }>,
  expires: {
    vi: ({ number, date }) => `Văn bản \`${number}\` sẽ hết hiệu lực từ ngày ${date}`,
    en: ({ number, date }) => `Legal document \`${number}\` stops applying on ${date}`,
  } satisfies Message<{ number: string; date: string }>,
  prepare: {
    vi: () => "Chuẩn bị sửa đổi cơ sở pháp lý của quy trình trước ngày này",
    en: () => "Prepare to revise the procedure's legal basis before that date",
  } satisfies Message,
};

/**
 * Warns ahead of time, from the user's legal registry: a cited document that a known document will
 * replace, or that will stop applying, within the next N months (default 12). Does nothing without
 * a registry.
 */
export const legalChangeUpcoming = defineRule({
  id: "legal-change-upcoming",
  description: {
    vi: "Báo trước văn bản được dẫn sắp bị thay thế hoặc hết hiệu lực",
    en: "Cited legal documents about to be replaced or to stop applying are announced",
  },
  options: z.object({ months: z.number().int().positive().default(12) }),
  check({ procedure, registry, today, options, lang, t, report }) {
    if (!registry) return;
    const horizon = addMonths(today, options.months);
    const note = t(registryChecked, { date: formatDate(registry.checked, lang) });
    const expected = t(messages.prepare, {});
    for (const { citation, entry } of citedInRegistry(procedure, registry)) {
      const standing = legalStanding(registry, entry, today);
      if (standing.status !== "in-force") continue;
      const next = standing.upcomingReplacement?.entry;
      if (next && next.effectiveDate <= horizon) {
        const date = formatDate(next.effectiveDate, lang);
        report({
          reason: t(messages.replaced, { number: entry.number, by: next.number, date }),
          place: citation.place,
          expected,
          note,
        });
      } else if (entry.expiryDate !== undefined && entry.expiryDate <= horizon) {
        report({
          reason: t(messages.expires, {
            number: entry.number,
            date: formatDate(entry.expiryDate, lang),
          }),
          place: citation.place,
          expected,
          note,
        });
      }
    }
  },
});
