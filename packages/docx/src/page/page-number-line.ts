import { AlignmentType, PageNumber, Paragraph, TextRun } from "docx";
import type { Labels } from "../labels.js";
import { safeRun } from "../text/safe-run.js";
import { STYLE } from "./styles.js";

/** "Trang x/y" as fields Word and LibreOffice fill in, in the header-text style. */
export function pageNumberLine(
  labels: Labels,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER,
): Paragraph {
  return new Paragraph({
    style: STYLE.headerText,
    alignment,
    children: [
      safeRun(`${labels.page}: `),
      new TextRun({ children: [PageNumber.CURRENT] }),
      new TextRun({ text: "/" }),
      new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
    ],
  });
}
