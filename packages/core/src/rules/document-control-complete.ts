import type { Language } from "../model/document-control.js";
import type { Procedure } from "../model/procedure.js";
import type { Message } from "../validate/message.js";
import { fieldPlace } from "../validate/places.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  missing: {
    vi: ({ field, path }) =>
      `Thiếu \`${field}\` trong phần kiểm soát tài liệu (trường \`${path}\`)`,
    en: ({ field, path }) => `Missing \`${field}\` in document control (field \`${path}\`)`,
  } satisfies Message<{ field: string; path: string }>,
};

type Field = [path: string, label: Record<Language, string>, read: (p: Procedure) => unknown];

/** The fields document control needs, by dotted front-matter path, with their labels. */
const FIELDS: Field[] = [
  ["code", { vi: "Mã số", en: "Code" }, (p) => p.control.code],
  ["title", { vi: "Tên quy trình", en: "Title" }, (p) => p.control.title],
  ["issue", { vi: "Lần ban hành", en: "Issue" }, (p) => p.control.issue],
  ["effectiveDate", { vi: "Ngày hiệu lực", en: "Effective date" }, (p) => p.control.effectiveDate],
  ...signatoryFields("preparedBy", { vi: "người soạn thảo", en: "preparer" }),
  ...signatoryFields("reviewedBy", { vi: "người soát xét", en: "reviewer" }),
  ...signatoryFields("approvedBy", { vi: "người phê duyệt", en: "approver" }),
];

function signatoryFields(
  key: "preparedBy" | "reviewedBy" | "approvedBy",
  who: Record<Language, string>,
): Field[] {
  return [
    [
      `${key}.name`,
      { vi: `Họ tên ${who.vi}`, en: `Name of the ${who.en}` },
      (p) => p.control[key]?.name,
    ],
    [
      `${key}.position`,
      { vi: `Chức vụ ${who.vi}`, en: `Position of the ${who.en}` },
      (p) => p.control[key]?.position,
    ],
  ];
}

/** Document control is complete: code, title, issue, effective date, and who prepared, reviewed and approved. */
export const documentControlComplete = defineRule({
  id: "document-control-complete",
  description: {
    vi: "Phần kiểm soát tài liệu đầy đủ: mã số, lần ban hành, ngày hiệu lực, soạn thảo, soát xét, phê duyệt",
    en: "Document control is complete: code, issue, effective date, prepared, reviewed and approved",
  },
  check({ procedure, lang, t, report }) {
    for (const [path, label, read] of FIELDS) {
      const value = read(procedure);
      if (typeof value === "string" && value.trim() !== "") continue;
      report({
        reason: t(messages.missing, { field: label[lang], path }),
        place: fieldPlace(procedure, path),
      });
    }
  },
});
