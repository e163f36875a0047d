import type { DocumentControl } from "@quytrinh/core";
import type { Labels } from "../labels.js";
import { TEXT_WIDTH } from "../page/page-geometry.js";
import { STYLE } from "../page/styles.js";
import { fixedTable } from "../table/fixed-table.js";
import { formatDate } from "../text/format-date.js";
import { safeParagraph } from "../text/safe-run.js";
import type { WordParagraph, WordTable } from "../wml/word-block.js";

const DATE = 1500;
const SECTION = 1900;
const ISSUE = 1500;

/**
 * The revision-tracking table (Ngày | Trang/Phần | Mô tả nội dung sửa đổi | Lần ban hành), with
 * one "Ban hành lần đầu" row when the procedure has no history yet.
 */
export function revisionTable(
  control: DocumentControl,
  labels: Labels,
): [WordParagraph, WordTable] {
  const rows =
    control.revisions.length > 0
      ? control.revisions.map((revision) => [
          formatDate(revision.date),
          revision.section ?? "",
          revision.description,
          revision.issue ?? "",
        ])
      : [[formatDate(control.effectiveDate), "", labels.firstIssue, control.issue ?? ""]];
  const heading = safeParagraph(labels.revisionTitle, {
    style: STYLE.tableHeading,
    spacing: { before: 360, after: 120 },
  });
  const table = fixedTable({
    widths: [DATE, SECTION, TEXT_WIDTH - DATE - SECTION - ISSUE, ISSUE],
    header: [
      labels.revisionDate,
      labels.revisionSection,
      labels.revisionDescription,
      labels.revisionIssue,
    ],
    rows,
  });
  return [heading, table];
}
