import type { ProcedureRecord } from "@quytrinh/core";
import type { RootContent } from "mdast";
import { toBlocks } from "../../source/rich-text.js";
import { tableRecords } from "../table-records.js";
import { textEntries } from "../text-entries.js";
import type { SectionHandler } from "./section-handler.js";

const RECORD_COLUMNS = {
  name: /^(?:ten ho so|ho so|ten|ho so can luu|name|record|records)$/u,
  keeper: /^(?:trach nhiem luu|nguoi luu|noi luu|bo phan luu|don vi luu|keeper|kept by)$/u,
  retention: /^(?:thoi gian luu|thoi han luu|thoi gian luu tru|retention)$/u,
};

/** Hồ sơ cần lưu: a table Tên hồ sơ | Trách nhiệm lưu | Thời gian lưu, or a list of names. */
export const readRecords: SectionHandler = (nodes, draft, context) => {
  const rest: RootContent[] = [];
  for (const node of nodes) {
    if (node.type !== "table") {
      rest.push(node);
      continue;
    }
    for (const row of tableRecords(
      node,
      RECORD_COLUMNS,
      ["name", "keeper", "retention"],
      context,
    )) {
      const record: ProcedureRecord = { name: row.values.name ?? "", place: row.place };
      if (row.values.keeper) record.keeper = row.values.keeper;
      if (row.values.retention) record.retention = row.values.retention;
      draft.records.push(record);
    }
  }
  const { entries, leftover } = textEntries(rest, context);
  for (const entry of entries) draft.records.push({ name: entry.text, place: entry.place });
  return toBlocks(leftover, context);
};
