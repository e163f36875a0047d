import type { DocumentControl } from "@quytrinh/core";
import type { Labels } from "../labels.js";
import { TEXT_WIDTH } from "../page/page-geometry.js";
import { STYLE } from "../page/styles.js";
import { fixedTable } from "../table/fixed-table.js";
import { safeParagraph } from "../text/safe-run.js";
import type { WordParagraph, WordTable } from "../wml/word-block.js";

const NUMBER = 700;
const COPIES = 1300;
const MEDIUM = 2000;
/** Empty rows drawn for filling in by hand when the front matter lists no recipients. */
const BLANK_ROWS = 2;

/**
 * The distribution table (PHÂN PHỐI TÀI LIỆU: TT | Nơi nhận | Số bản | Hình thức), the record of
 * who holds controlled copies (ISO 9001 7.5.3), from `control.distribution`; with empty rows to
 * fill in by hand when none is given, as agencies print it.
 */
export function distributionTable(
  control: DocumentControl,
  labels: Labels,
): [WordParagraph, WordTable] {
  const recipients = control.distribution ?? [];
  const rows =
    recipients.length > 0
      ? recipients.map((entry, index) => [
          String(index + 1),
          entry.recipient,
          entry.copies === undefined ? "" : String(entry.copies).padStart(2, "0"),
          entry.medium ?? "",
        ])
      : Array.from({ length: BLANK_ROWS }, (_, index) => [String(index + 1), "", "", ""]);
  const heading = safeParagraph(labels.distributionTitle, {
    style: STYLE.tableHeading,
    spacing: { before: 360, after: 120 },
  });
  const table = fixedTable({
    widths: [NUMBER, TEXT_WIDTH - NUMBER - COPIES - MEDIUM, COPIES, MEDIUM],
    header: [labels.number, labels.recipient, labels.copies, labels.medium],
    rows,
  });
  return [heading, table];
}
