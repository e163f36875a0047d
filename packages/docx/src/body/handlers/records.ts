import { TEXT_WIDTH } from "../../page/page-geometry.js";
import { fixedTable } from "../../table/fixed-table.js";
import type { SectionHandler } from "../body-context.js";

const KEEPER = 2900;
const RETENTION = 1800;

/** 7. Hồ sơ cần lưu: Tên hồ sơ | Trách nhiệm lưu | Thời gian lưu. */
export const records: SectionHandler = ({ procedure, labels }) => {
  if (procedure.records.length === 0) return [];
  return [
    fixedTable({
      widths: [TEXT_WIDTH - KEEPER - RETENTION, KEEPER, RETENTION],
      header: [labels.recordName, labels.recordKeeper, labels.recordRetention],
      rows: procedure.records.map((record) => [
        record.name,
        record.keeper ?? "",
        record.retention ?? "",
      ]),
    }),
  ];
};
