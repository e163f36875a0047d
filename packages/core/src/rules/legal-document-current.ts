import { citationOf } from "../registry/citation-of.js";
import { citedInRegistry } from "../registry/cited-in-registry.js";
import { legalStanding } from "../registry/legal-standing.js";
import { formatDate } from "../time/format-date.js";
import type { Message } from "../validate/message.js";
import { registryChecked } from "../validate/registry-checked.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  replaced: {
    vi: ({ number, by }) => `Văn bản \`${number}\` đã được thay thế bởi \`${by}\``,
    en: ({ number, by }) => `Legal document \`${number}\` has been replaced by \`${by}\``,
  } satisfies Message<{ number: string; by: string }>,
  replacedOn: {
    vi: ({ number, by, date }) =>
      `Văn bản \`${number}\` đã được thay thế bởi \`${by}\` từ ngày ${date}`,
    en: ({ number, by, date }) =>
      `Legal document \`${number}\` was replaced by \`${by}\` on ${date}`,
  } satisfies Message<{ number: string; by: string; date: string }>,
  expired: {
    vi: ({ number }) => `Văn bản \`${number}\` đã hết hiệu lực`,
    en: ({ number }) => `Legal document \`${number}\` is no longer in force`,
  } satisfies Message<{ number: string }>,
  notYet: {
    vi: ({ number, date }) =>
      `Văn bản \`${number}\` chưa có hiệu lực (có hiệu lực từ ngày ${date})`,
    en: ({ number, date }) =>
      `Legal document \`${number}\` is not in force yet (it takes effect on ${date})`,
  } satisfies Message<{ number: string; date: string }>,
};

/**
 * Checks cited documents against the user's legal registry on today's date: a replaced or expired
 * document is reported, naming the replacement, and so is one not yet in force. A replacement that
 * takes effect later does not count yet. Does nothing without a registry.
 */
export const legalDocumentCurrent = defineRule({
  id: "legal-document-current",
  description: {
    vi: "Văn bản pháp lý được dẫn còn hiệu lực theo sổ văn bản pháp lý",
    en: "Cited legal documents are in force according to the legal registry",
  },
  check({ procedure, registry, today, lang, t, report }) {
    if (!registry) return;
    const note = t(registryChecked, { date: formatDate(registry.checked, lang) });
    for (const { citation, entry } of citedInRegistry(procedure, registry)) {
      const standing = legalStanding(registry, entry, today);
      const number = entry.number;
      const place = citation.place;
      if (standing.status === "replaced" && standing.replacedBy) {
        const { replacedBy } = standing;
        const by = replacedBy.number;
        report({
          reason: replacedBy.entry
            ? t(messages.replacedOn, {
                number,
                by,
                date: formatDate(replacedBy.entry.effectiveDate, lang),
              })
            : t(messages.replaced, { number, by }),
          place,
          expected: replacedBy.entry ? citationOf(replacedBy.entry) : by,
          actual: citation.text,
          note,
        });
      } else if (standing.status === "expired") {
        report({ reason: t(messages.expired, { number }), place, actual: citation.text, note });
      } else if (standing.status === "not-yet-in-force") {
        const date = formatDate(entry.effectiveDate, lang);
        report({
          reason: t(messages.notYet, { number, date }),
          place,
          actual: citation.text,
          note,
        });
      }
    }
  },
});
