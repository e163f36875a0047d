import type { DossierItem } from "@quytrinh/core";
import type { RootContent, Table } from "mdast";
import { appendAll } from "../../append-all.js";
import { inlineText } from "../../source/inline-text.js";
import { placeOf, type ReadContext } from "../../source/read-context.js";
import { toBlocks } from "../../source/rich-text.js";
import { foldLabel } from "../../vocabulary/fold-label.js";
import { tthcOf } from "../procedure-draft.js";
import { textEntries } from "../text-entries.js";
import type { SectionHandler } from "./section-handler.js";

const TICK = /^(?:x|✓|✔|☑|có|yes)$/iu;
const COUNT = /^0*(\d{1,4})(?:\s*(?:bản|bộ|copies|copy))?$/iu;

/** Thành phần hồ sơ: a table with Bản chính / Bản sao columns, or a list; other text is notes. */
export const readDossier: SectionHandler = (nodes, draft, context, at) => {
  const tthc = tthcOf(draft, at.place);
  const rest: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === "table") appendAll(tthc.dossier, dossierRows(node, context));
    else if (node.type === "list") {
      for (const entry of textEntries([node], context).entries) {
        tthc.dossier.push({ name: entry.text, place: entry.place });
      }
    } else rest.push(node);
  }
  appendAll(tthc.dossierNotes, toBlocks(rest, context));
  return [];
};

type DossierColumn = "name" | "originals" | "copies" | "note" | "skip";

function columnOf(header: string, index: number): DossierColumn {
  const folded = foldLabel(header);
  if (/^(?:stt|tt|so tt|no)$/u.test(folded)) return "skip";
  if (/ban chinh|original/u.test(folded)) return "originals";
  if (/ban sao|cop(?:y|ies)/u.test(folded)) return "copies";
  if (/ghi chu|note/u.test(folded)) return "note";
  return index === 0 || /thanh phan|ten|giay to|name|document/u.test(folded) ? "name" : "note";
}

function dossierRows(table: Table, context: ReadContext): DossierItem[] {
  const [head, ...rows] = table.children;
  const columns = (head?.children ?? []).map((cell, index) => columnOf(inlineText(cell), index));
  if (!columns.includes("name")) columns[columns.indexOf("note")] = "name";
  const items: DossierItem[] = [];
  for (const row of rows) {
    const item: DossierItem = { name: "", place: placeOf(context, row) };
    const notes: string[] = [];
    row.children.forEach((cell, index) => {
      const text = inlineText(cell);
      const column = columns[index] ?? "note";
      if (!text || column === "skip") return;
      if (column === "name") item.name = item.name ? `${item.name} ${text}` : text;
      else if (column === "note") notes.push(text);
      else {
        const count = readCount(text);
        if (count === undefined) notes.push(text);
        else item[column] = count;
      }
    });
    if (notes.length > 0) item.note = notes.join("; ");
    if (item.name || item.note) items.push(item);
  }
  return items;
}

function readCount(text: string): number | undefined {
  if (TICK.test(text)) return 1;
  const match = COUNT.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
