import type { LegalDocument } from "../model/legal-document.js";
import { legalNumberKey } from "../registry/legal-number-key.js";
import { citationName } from "../validate/citation-name.js";
import { foldText } from "../validate/fold-text.js";
import type { Message } from "../validate/message.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  duplicate: {
    vi: ({ name }) => `Văn bản \`${name}\` được ghi nhiều lần trong cơ sở pháp lý`,
    en: ({ name }) => `Legal document \`${name}\` is listed more than once`,
  } satisfies Message<{ name: string }>,
  firstAt: {
    vi: ({ line }) => `Đã ghi ở dòng ${line}`,
    en: ({ line }) => `First listed on line ${line}`,
  } satisfies Message<{ line: number }>,
};

function citationKey(document: LegalDocument): string {
  const number = document.number?.trim();
  return number ? `number:${legalNumberKey(number)}` : `text:${foldText(document.text)}`;
}

/** No legal document is listed twice (same number, or same text when there is no number). */
export const legalCitationUnique = defineRule({
  id: "legal-citation-unique",
  description: {
    vi: "Không ghi trùng văn bản pháp lý",
    en: "No legal document is listed twice",
  },
  check({ procedure, t, report }) {
    const first = new Map<string, LegalDocument>();
    for (const document of procedure.legalBasis) {
      const key = citationKey(document);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, document);
        continue;
      }
      const line = earlier.place?.start.line;
      report({
        reason: t(messages.duplicate, { name: citationName(document) }),
        place: document.place,
        actual: document.text,
        note: line === undefined ? undefined : t(messages.firstAt, { line }),
      });
    }
  },
});
