import type { DocumentControl } from "@quytrinh/core";
import type { Labels } from "../labels.js";
import { SIZE } from "../page/fonts.js";
import { STYLE } from "../page/styles.js";
import { formatDate } from "../text/format-date.js";
import { safeParagraph } from "../text/safe-run.js";
import type { WordParagraph } from "../wml/word-block.js";
import { issuingDecision } from "./issuing-decision.js";

/**
 * The title block of the first page: "QUY TRÌNH", the title in capitals, the italic line naming
 * the decision it is issued with (dots to fill in when none is given, as NĐ 30 annexes have), and
 * the code line.
 */
export function titleBlock(control: DocumentControl, labels: Labels): WordParagraph[] {
  const centred = { alignment: "center" as const };
  const issue = [control.issue, control.revision].filter(Boolean).join("/");
  const identity = [
    `${labels.code}: ${control.code}`,
    issue ? `${labels.issue}: ${issue}` : "",
    control.effectiveDate ? `${labels.effectiveDate}: ${formatDate(control.effectiveDate)}` : "",
  ].filter(Boolean);
  return [
    safeParagraph(labels.procedure, { style: STYLE.title, spacing: { before: 480, after: 60 } }),
    safeParagraph(control.title.toUpperCase(), { style: STYLE.title, spacing: { after: 60 } }),
    safeParagraph(
      labels.attachedTo(issuingDecision(control)),
      { ...centred, spacing: { after: 120 } },
      { italics: true },
    ),
    safeParagraph(
      identity.join(" – "),
      { ...centred, spacing: { after: 360 } },
      {
        italics: true,
        size: SIZE.table,
      },
    ),
  ];
}
