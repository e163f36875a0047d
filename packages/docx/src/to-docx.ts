import type { Procedure } from "@quytrinh/core";
import { bodySections } from "./body/body-sections.js";
import { approvalBlock } from "./first-page/approval-block.js";
import { distributionTable } from "./first-page/distribution-table.js";
import { revisionTable } from "./first-page/revision-table.js";
import { titleBlock } from "./first-page/title-block.js";
import { labelsFor } from "./labels.js";
import { type DocxOptions, resolveOptions } from "./options.js";
import { documentShell } from "./page/document-shell.js";
import { pageHeader } from "./page/page-header.js";
import { paragraph } from "./wml/paragraph.js";
import type { WordDocument } from "./wml/word-document.js";

/**
 * Builds the Word document of a procedure: A4 with Decree 30/2020 margins, the header table on
 * every page, a first page with title, approval block, revision history and distribution, then sections 1–7
 * with the flowchart and the process table. Pack it to bytes with `packDocx`.
 */
export function toDocx(procedure: Procedure, options: DocxOptions = {}): WordDocument {
  const resolved = resolveOptions(procedure, options);
  const labels = labelsFor(resolved.lang);
  const { control } = procedure;
  const context = { procedure, labels, options: resolved };
  return documentShell({
    creator: control.issuingBody ?? "quytrinh",
    title: `${control.code} ${control.title}`.trim(),
    description: `${labels.procedure} ${control.title}`,
    header: pageHeader(control, labels),
    children: [
      ...titleBlock(control, labels),
      approvalBlock(control, labels),
      ...revisionTable(control, labels),
      ...distributionTable(control, labels),
      paragraph({ pageBreakBefore: true, spacing: { after: 0 } }),
      ...bodySections(context),
    ],
  });
}
