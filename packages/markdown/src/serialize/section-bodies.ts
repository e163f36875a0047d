import type { Procedure, SectionKey } from "@quytrinh/core";
import { escapeParagraph } from "./escape-markdown.js";
import { writeBlocks, writeItems } from "./write-blocks.js";
import { writeSteps } from "./write-steps.js";
import { writeTable } from "./write-table.js";

/** Writes the body of one known section; an empty string when it has no content. */
export type SectionBody = (procedure: Procedure, lang: "vi" | "en") => string;

const TABLE_HEADERS = {
  vi: {
    dossier: ["Thành phần hồ sơ", "Bản chính", "Bản sao", "Ghi chú"],
    forms: ["Mã", "Tên biểu mẫu", "Nguồn"],
    records: ["Tên hồ sơ", "Trách nhiệm lưu", "Thời gian lưu"],
  },
  en: {
    dossier: ["Document", "Originals", "Copies", "Note"],
    forms: ["Code", "Form", "Source"],
    records: ["Record", "Kept by", "Retention"],
  },
} as const;

const labelled = (label: string, value: string): string => (value ? `${label}: ${value}` : label);
const count = (value: number | undefined): string => (value === undefined ? "" : String(value));
const text = (value: string | undefined): string => (value ? escapeParagraph(value) : "");

function dossierBody(procedure: Procedure, lang: "vi" | "en"): string {
  const tthc = procedure.tthc;
  if (!tthc) return "";
  const withNotes = tthc.dossier.some((item) => item.note);
  const header = TABLE_HEADERS[lang].dossier.slice(0, withNotes ? 4 : 3);
  const rows = tthc.dossier.map((item) => [
    item.name,
    count(item.originals),
    count(item.copies),
    ...(withNotes ? [item.note ?? ""] : []),
  ]);
  const table = rows.length > 0 ? writeTable(header, rows) : "";
  return [table, writeBlocks(tthc.dossierNotes ?? [])].filter(Boolean).join("\n\n");
}

/** The writer of each known section's body (the handler-map pattern). */
export const SECTION_BODIES: Readonly<Record<SectionKey, SectionBody>> = {
  purpose: (procedure) => writeBlocks(procedure.purpose),
  scope: (procedure) => writeBlocks(procedure.scope),
  references: (procedure) => writeItems(procedure.references.map((item) => item.text)),
  definitions: (procedure) =>
    writeItems(procedure.definitions.map((item) => labelled(item.term, item.meaning))),
  responsibilities: (procedure) =>
    writeItems(procedure.responsibilities.map((item) => labelled(item.actor, item.duty))),
  content: () => "",
  legalBasis: (procedure) => writeItems(procedure.legalBasis.map((item) => item.text)),
  conditions: (procedure) => writeBlocks(procedure.tthc?.conditions ?? []),
  dossier: dossierBody,
  sets: (procedure) => text(procedure.tthc?.sets),
  processingTime: (procedure) => text(procedure.tthc?.processingTime?.text),
  receiptPlace: (procedure) => text(procedure.tthc?.receiptPlace),
  fee: (procedure) => text(procedure.tthc?.fee),
  flowchart: () => "",
  steps: (procedure, lang) =>
    procedure.steps.length > 0 || procedure.stepColumns?.length ? writeSteps(procedure, lang) : "",
  forms: (procedure, lang) =>
    procedure.forms.length > 0
      ? writeTable(
          TABLE_HEADERS[lang].forms,
          procedure.forms.map((form) => [form.code, form.name, form.source ?? ""]),
        )
      : "",
  records: (procedure, lang) =>
    procedure.records.length > 0
      ? writeTable(
          TABLE_HEADERS[lang].records,
          procedure.records.map((record) => [
            record.name,
            record.keeper ?? "",
            record.retention ?? "",
          ]),
        )
      : "",
};
