import { legalTypeOfNumber, parseLegalNumber } from "../legal/legal-number.js";
import type { Language } from "../model/document-control.js";
import type { LegalDocument } from "../model/legal-document.js";
import { formatDate } from "../time/format-date.js";
import { citationName } from "../validate/citation-name.js";
import { foldText } from "../validate/fold-text.js";
import type { Message } from "../validate/message.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  missing: {
    vi: ({ name, parts }) => `Văn bản \`${name}\` thiếu ${parts}`,
    en: ({ name, parts }) => `Legal document \`${name}\` lacks ${parts}`,
  } satisfies Message<{ name: string; parts: string }>,
  badNumber: {
    vi: ({ number }) =>
      `Số hiệu \`${number}\` không đúng dạng \`123/2015/NĐ-CP\` hoặc \`296/QĐ-VPCP\``,
    en: ({ number }) =>
      `Number \`${number}\` is not shaped like \`123/2015/NĐ-CP\` or \`296/QĐ-VPCP\``,
  } satisfies Message<{ number: string }>,
  yearMismatch: {
    vi: ({ number, year, date }) =>
      `Năm trong số hiệu \`${number}\` (${year}) khác năm ban hành \`${date}\``,
    en: ({ number, year, date }) =>
      `The year in number \`${number}\` (${year}) differs from its date \`${date}\``,
  } satisfies Message<{ number: string; year: number; date: string }>,
  typeMismatch: {
    vi: ({ type, number, implied }) =>
      `Loại văn bản \`${type}\` không khớp số hiệu \`${number}\` (\`${implied}\`)`,
    en: ({ type, number, implied }) =>
      `Type \`${type}\` does not match number \`${number}\` (\`${implied}\`)`,
  } satisfies Message<{ type: string; number: string; implied: string }>,
};

const PARTS: [keyof LegalDocument, Record<Language, string>][] = [
  ["type", { vi: "loại văn bản", en: "a type" }],
  ["number", { vi: "số hiệu", en: "a number" }],
  ["date", { vi: "ngày ban hành", en: "a date" }],
  ["issuer", { vi: "cơ quan ban hành", en: "an issuer" }],
];

function missingParts(document: LegalDocument, lang: Language): string[] {
  return PARTS.filter(([key]) => String(document[key] ?? "").trim() === "").map(
    ([, label]) => label[lang],
  );
}

/**
 * Each legal-basis entry gives type, number (`123/2015/NĐ-CP`, `60/2014/QH13`, `296/QĐ-VPCP`), date
 * and issuer; the year in the number matches the date, and the type matches the number's symbol.
 */
export const legalCitationWellFormed = defineRule({
  id: "legal-citation-well-formed",
  description: {
    vi: "Mỗi văn bản pháp lý ghi đủ loại, số hiệu đúng dạng, ngày ban hành và cơ quan ban hành",
    en: "Each legal document gives its type, a well-formed number, its date and its issuer",
  },
  check({ procedure, lang, t, report }) {
    for (const document of procedure.legalBasis) {
      const place = document.place;
      const missing = missingParts(document, lang);
      if (missing.length > 0) {
        report({
          reason: t(messages.missing, { name: citationName(document), parts: missing.join(", ") }),
          place,
          actual: document.text,
        });
      }
      const number = document.number?.trim();
      if (!number) continue;
      const parsed = parseLegalNumber(number);
      if (!parsed) {
        report({ reason: t(messages.badNumber, { number }), place, actual: number });
        continue;
      }
      const dateYear = document.date === undefined ? undefined : Number(document.date.slice(0, 4));
      if (parsed.year !== undefined && dateYear !== undefined && parsed.year !== dateYear) {
        report({
          reason: t(messages.yearMismatch, {
            number,
            year: parsed.year,
            date: formatDate(document.date ?? "", lang),
          }),
          place,
          actual: number,
        });
      }
      const implied = legalTypeOfNumber(number);
      const type = document.type?.trim();
      if (implied && type && foldText(implied) !== foldText(type)) {
        report({
          reason: t(messages.typeMismatch, { type, number, implied }),
          place,
          expected: implied,
          actual: type,
        });
      }
    }
  },
});
