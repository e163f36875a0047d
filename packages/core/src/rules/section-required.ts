import { z } from "zod";
import type { Procedure } from "../model/procedure.js";
import { type SectionKey, SectionKeySchema } from "../model/sections.js";
import { SECTION_TITLES } from "../outline/section-titles.js";
import { hasText } from "../validate/has-text.js";
import type { Message } from "../validate/message.js";
import { sectionPlace } from "../validate/places.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  missing: {
    vi: ({ section }) => `Thiếu mục \`${section}\``,
    en: ({ section }) => `Missing section \`${section}\``,
  } satisfies Message<{ section: string }>,
  empty: {
    vi: ({ section }) => `Mục \`${section}\` không có nội dung`,
    en: ({ section }) => `Section \`${section}\` is empty`,
  } satisfies Message<{ section: string }>,
  before: {
    vi: ({ section }) => `Thêm mục này trước mục \`${section}\``,
    en: ({ section }) => `Add it before section \`${section}\``,
  } satisfies Message<{ section: string }>,
};

/** The first section after `key` in the standard order whose heading is present: where to add `key`. */
function nextPresentSection(procedure: Procedure, key: SectionKey): SectionKey | undefined {
  const order = SectionKeySchema.options;
  return order.slice(order.indexOf(key) + 1).find((later) => sectionPlace(procedure, later));
}

/** Sections the rule can check, each with the test that it says something. */
const CHECKS = {
  purpose: (procedure) => hasText(procedure.purpose),
  scope: (procedure) => hasText(procedure.scope),
  references: (procedure) => procedure.references.length > 0,
  definitions: (procedure) => procedure.definitions.length > 0,
  legalBasis: (procedure) => procedure.legalBasis.length > 0,
  responsibilities: (procedure) => procedure.responsibilities.length > 0,
  steps: (procedure) => procedure.steps.length > 0,
  forms: (procedure) => procedure.forms.length > 0,
  records: (procedure) => procedure.records.length > 0,
} satisfies Partial<Record<SectionKey, (procedure: Procedure) => boolean>>;

const CheckableSchema = z.enum([
  "purpose",
  "scope",
  "references",
  "definitions",
  "legalBasis",
  "responsibilities",
  "steps",
  "forms",
  "records",
] satisfies (keyof typeof CHECKS)[]);

/** Sections every procedure must have, as the agencies' plans list them. */
const REQUIRED: z.infer<typeof CheckableSchema>[] = [
  "purpose",
  "scope",
  "legalBasis",
  "responsibilities",
  "steps",
  "forms",
  "records",
];

/** Required sections are present and not empty: one diagnostic per missing or empty section. */
export const sectionRequired = defineRule({
  id: "section-required",
  description: {
    vi: "Các mục bắt buộc có mặt và có nội dung",
    en: "Required sections are present and not empty",
  },
  options: z.object({
    sections: z.array(CheckableSchema).default(REQUIRED),
  }),
  check({ procedure, options, lang, t, report }) {
    for (const key of options.sections) {
      if (CHECKS[key](procedure)) continue;
      const section = SECTION_TITLES[lang][key];
      const place = sectionPlace(procedure, key);
      if (place) {
        report({ reason: t(messages.empty, { section }), place });
        continue;
      }
      const next = nextPresentSection(procedure, key);
      report({
        reason: t(messages.missing, { section }),
        place: next && sectionPlace(procedure, next),
        expected: section,
        note: next && t(messages.before, { section: SECTION_TITLES[lang][next] }),
      });
    }
  },
});
