import { z } from "zod";
import { citedInRegistry } from "../registry/cited-in-registry.js";
import { findRegistryDocument } from "../registry/find-registry-document.js";
import type { RegistryDocument } from "../registry/legal-registry.js";
import { addMonths } from "../time/add-months.js";
import { formatDate } from "../time/format-date.js";
import { lastUpdate } from "../validate/last-update.js";
import type { Message } from "../validate/message.js";
import { fieldPlace } from "../validate/places.js";
import { registryChecked } from "../validate/registry-checked.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  overdue: {
    vi: ({ number, effective, due }) =>
      `Quy trình chưa được cập nhật theo \`${number}\` (có hiệu lực ngày ${effective}); hạn cập nhật là ${due}`,
    en: ({ number, effective, due }) =>
      `The procedure was not updated for \`${number}\` (in force since ${effective}); the update was due by ${due}`,
  } satisfies Message<{ number: string; effective: string; due: string }>,
  lastUpdated: {
    vi: ({ date }) => `Lần cập nhật gần nhất của quy trình: ${date}`,
    en: ({ date }) => `The procedure was last updated on ${date}`,
  } satisfies Message<{ date: string }>,
};

/**
 * The registry documents that matter for one cited document: itself, its amendments and its
 * replacement, as far as the registry knows them.
 */
function related(
  entry: RegistryDocument,
  find: (number: string) => RegistryDocument | undefined,
): RegistryDocument[] {
  const numbers = [
    ...(entry.amendedBy ?? []),
    ...(entry.replacedBy === undefined ? [] : [entry.replacedBy]),
  ];
  return [
    entry,
    ...numbers.map(find).filter((found): found is RegistryDocument => found !== undefined),
  ];
}

/**
 * Agencies must bring a procedure in line within N months (default 3) after a legal document it
 * relies on takes effect. Reports each registry document — cited, or amending or replacing a cited
 * one — that took effect after the procedure's last update, when the deadline has passed.
 */
export const legalUpdateOverdue = defineRule({
  id: "legal-update-overdue",
  description: {
    vi: "Quy trình được cập nhật trong vòng 3 tháng sau khi văn bản pháp lý liên quan có hiệu lực",
    en: "The procedure is updated within 3 months after a relevant legal document takes effect",
  },
  options: z.object({ months: z.number().int().positive().default(3) }),
  check({ procedure, registry, today, options, lang, t, report }) {
    const updated = lastUpdate(procedure);
    if (!registry || updated === undefined) return;
    const find = (number: string) => findRegistryDocument(registry, number);
    const seen = new Set<RegistryDocument>();
    for (const { citation, entry } of citedInRegistry(procedure, registry)) {
      for (const document of related(entry, find)) {
        if (seen.has(document)) continue;
        seen.add(document);
        const due = addMonths(document.effectiveDate, options.months);
        if (document.effectiveDate <= updated || due >= today) continue;
        report({
          reason: t(messages.overdue, {
            number: document.number,
            effective: formatDate(document.effectiveDate, lang),
            due: formatDate(due, lang),
          }),
          place: citation.place ?? fieldPlace(procedure, "effectiveDate"),
          note: `${t(messages.lastUpdated, { date: formatDate(updated, lang) })}. ${t(registryChecked, { date: formatDate(registry.checked, lang) })}`,
        });
      }
    }
  },
});
