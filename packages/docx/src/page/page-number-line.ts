import type { Labels } from "../labels.js";
import { safeRun } from "../text/safe-run.js";
import { type Alignment, paragraph } from "../wml/paragraph.js";
import { fieldRun, textRun } from "../wml/run.js";
import type { WordParagraph } from "../wml/word-block.js";
import { STYLE } from "./styles.js";

/** "Trang x/y" as fields Word and LibreOffice fill in, in the header-text style. */
export function pageNumberLine(labels: Labels, alignment: Alignment = "center"): WordParagraph {
  return paragraph({ style: STYLE.headerText, alignment }, [
    safeRun(`${labels.page}: `),
    fieldRun("PAGE"),
    textRun("/"),
    fieldRun("NUMPAGES"),
  ]);
}
