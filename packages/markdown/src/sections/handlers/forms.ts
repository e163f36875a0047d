import type { Form } from "@quytrinh/core";
import type { RootContent } from "mdast";
import { toBlocks } from "../../source/rich-text.js";
import { tableRecords } from "../table-records.js";
import { textEntries } from "../text-entries.js";
import type { SectionHandler } from "./section-handler.js";

const FORM_COLUMNS = {
  code: /^(?:ma|ma so|ma bieu mau|ky hieu|so hieu|code|form code)$/u,
  name: /^(?:ten|ten bieu mau|bieu mau|name|form|title)$/u,
  source: /^(?:nguon|can cu|xuat xu|ban hanh kem theo|ghi chu|source|note|notes)$/u,
};

const LIST_FORM = /^(.+?)\s*(?::|\s[–—-]\s)\s*(.+?)(?:\s*\(([^()]+)\))?$/u;
const CODE_LIKE = /^[\p{Lu}\p{N}][\p{Lu}\p{N}.\-_/ ]{0,24}$/u;

/** Biểu mẫu: a table Mã | Tên | Nguồn, or list items "BM01: name (source)". */
export const readForms: SectionHandler = (nodes, draft, context) => {
  const rest: RootContent[] = [];
  for (const node of nodes) {
    if (node.type !== "table") {
      rest.push(node);
      continue;
    }
    for (const row of tableRecords(node, FORM_COLUMNS, ["code", "name", "source"], context)) {
      const form: Form = { code: row.values.code ?? "", name: row.values.name ?? "" };
      if (row.values.source) form.source = row.values.source;
      draft.forms.push({ ...form, place: row.place });
    }
  }
  const { entries, leftover } = textEntries(rest, context);
  for (const entry of entries) draft.forms.push({ ...formOfLine(entry.text), place: entry.place });
  return toBlocks(leftover, context);
};

function formOfLine(text: string): Form {
  const match = LIST_FORM.exec(text);
  const code = match?.[1]?.trim() ?? "";
  if (!match || !CODE_LIKE.test(code)) return { code: "", name: text };
  const form: Form = { code, name: match[2]?.trim() ?? "" };
  if (match[3]) form.source = match[3].trim();
  return form;
}
