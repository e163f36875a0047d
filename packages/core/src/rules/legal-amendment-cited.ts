import { citationOf } from "../registry/citation-of.js";
import { citedInRegistry, cites } from "../registry/cited-in-registry.js";
import { legalStanding } from "../registry/legal-standing.js";
import { formatDate } from "../time/format-date.js";
import type { Message } from "../validate/message.js";
import { registryChecked } from "../validate/registry-checked.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  uncited: {
    vi: ({ number, by }) =>
      `Văn bản \`${number}\` đã được sửa đổi bởi \`${by}\`, chưa có trong cơ sở pháp lý`,
    en: ({ number, by }) =>
      `Legal document \`${number}\` is amended by \`${by}\`, which the legal basis does not cite`,
  } satisfies Message<{ number: string; by: string }>,
};

/**
 * Points out amendments of a cited document that the legal basis does not cite, once they are in
 * force on today's date (per the user's legal registry). Does nothing without a registry.
 */
export const legalAmendmentCited = defineRule({
  id: "legal-amendment-cited",
  description: {
    vi: "Cơ sở pháp lý dẫn cả các văn bản sửa đổi văn bản đã dẫn",
    en: "The legal basis also cites the amendments of the documents it cites",
  },
  check({ procedure, registry, today, lang, t, report }) {
    if (!registry) return;
    const note = t(registryChecked, { date: formatDate(registry.checked, lang) });
    for (const { citation, entry } of citedInRegistry(procedure, registry)) {
      const standing = legalStanding(registry, entry, today);
      if (standing.status === "replaced") continue;
      for (const amendment of standing.amendments) {
        if (cites(procedure, amendment.number)) continue;
        report({
          reason: t(messages.uncited, { number: entry.number, by: amendment.number }),
          place: citation.place,
          expected: amendment.entry ? citationOf(amendment.entry) : amendment.number,
          note,
        });
      }
    }
  },
});
