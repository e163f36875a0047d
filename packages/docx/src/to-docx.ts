import type { Procedure } from "@quytrinh/core";
import { Document, Paragraph } from "docx";
import { bodySections } from "./body/body-sections.js";
import { approvalBlock } from "./first-page/approval-block.js";
import { revisionTable } from "./first-page/revision-table.js";
import { titleBlock } from "./first-page/title-block.js";
import { labelsFor } from "./labels.js";
import { type DocxOptions, resolveOptions } from "./options.js";
import { PAGE } from "./page/page-geometry.js";
import { pageHeader } from "./page/page-header.js";
import { documentStyles } from "./page/styles.js";
import { xmlSafeText } from "./text/xml-safe-text.js";

/**
 * Builds the Word document of a procedure: A4 with Decree 30/2020 margins, the header table on
 * every page, a first page with title, approval block and revision history, then sections 1–7
 * with the flowchart and the process table. Pack it to bytes with `packDocx`.
 */
export function toDocx(procedure: Procedure, options: DocxOptions = {}): Document {
  const resolved = resolveOptions(procedure, options);
  const labels = labelsFor(resolved.lang);
  const { control } = procedure;
  const context = { procedure, labels, options: resolved };
  return new Document({
    creator: xmlSafeText(control.issuingBody ?? "quytrinh"),
    title: xmlSafeText(`${control.code} ${control.title}`.trim()),
    description: xmlSafeText(`${labels.procedure} ${control.title}`),
    styles: documentStyles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: PAGE.margin,
          },
        },
        headers: { default: pageHeader(control, labels) },
        children: [
          ...titleBlock(control, labels),
          approvalBlock(control, labels),
          ...revisionTable(control, labels),
          new Paragraph({ pageBreakBefore: true, spacing: { after: 0 }, children: [] }),
          ...bodySections(context),
        ],
      },
    ],
  });
}
