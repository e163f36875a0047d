import { END, type Step } from "@quytrinh/core";
import type { Labels } from "../../labels.js";
import { TEXT_WIDTH } from "../../page/page-geometry.js";
import { STYLE } from "../../page/styles.js";
import { type CellContent, type CellSpec, fixedTable } from "../../table/fixed-table.js";
import { safeParagraph, safeRun } from "../../text/safe-run.js";
import { paragraph } from "../../wml/paragraph.js";
import type { WordParagraph } from "../../wml/word-block.js";
import type { BodyContext, SectionHandler } from "../body-context.js";
import { longestPathTotal } from "../longest-path-total.js";

const STEP = 750;
const RESPONSIBLE = 1650;
const TIME = 1250;
const OUTPUTS = 1700;
const EXTRA = 1300;
const MIN_ACTION = 2500;

/**
 * 5.x Quy trình xử lý công việc: Bước | Nội dung công việc | Trách nhiệm | Thời gian |
 * Biểu mẫu/Kết quả, plus the source's extra columns; the header row repeats on every page and a
 * closing row gives the total time along the longest path next to the legal limit.
 */
export const steps: SectionHandler = (context) => {
  const { procedure, labels } = context;
  if (procedure.steps.length === 0) return [];
  const columns = procedure.stepColumns ?? [];
  const fixed = STEP + RESPONSIBLE + TIME + OUTPUTS;
  const fitting = Math.max(0, Math.floor((TEXT_WIDTH - fixed - MIN_ACTION) / EXTRA));
  const shown = columns.slice(0, fitting);
  const folded = columns.slice(fitting);
  const action = TEXT_WIDTH - fixed - shown.length * EXTRA;
  const widths = [STEP, action, RESPONSIBLE, TIME, OUTPUTS, ...shown.map(() => EXTRA)];
  const header = [
    labels.step,
    labels.action,
    labels.responsible,
    labels.time,
    labels.outputs,
    ...shown,
  ];
  const rows: (CellContent | CellSpec)[][] = procedure.steps.map((step) => [
    [safeParagraph(step.id, { style: STYLE.tableHeading })],
    actionCell(step, folded, labels),
    step.actors.join("\n"),
    step.duration?.text ?? "",
    step.outputs.join("\n"),
    ...shown.map((column) => extraValue(step, column)),
  ]);
  rows.push(closingRow(context, widths.length));
  return [fixedTable({ widths, header, rows })];
};

/** The task, then its explanation, branches and any extra columns that did not fit. */
function actionCell(step: Step, folded: readonly string[], labels: Labels): WordParagraph[] {
  const style = { style: STYLE.tableText };
  const paragraphs = [safeParagraph(step.action, style)];
  if (step.notes) {
    paragraphs.push(
      safeParagraph(`${labels.explanation}: ${step.notes}`, style, { italics: true }),
    );
  }
  if (step.branches.length > 0) {
    const branches = step.branches
      .map((branch) => {
        const target = branch.target === END ? labels.end : branch.target;
        return branch.label ? `${branch.label} → ${target}` : `→ ${target}`;
      })
      .join("; ");
    paragraphs.push(safeParagraph(`${labels.next}: ${branches}`, style, { italics: true }));
  }
  for (const column of folded) {
    const value = extraValue(step, column);
    if (value) paragraphs.push(safeParagraph(`${column}: ${value}`, style));
  }
  return paragraphs;
}

function extraValue(step: Step, column: string): string {
  return step.extra?.find((cell) => cell.column === column)?.value ?? "";
}

/**
 * The closing row: the total working time along the longest path under the task column, and the
 * legal time limit next to it across the other columns.
 */
function closingRow(context: BodyContext, columns: number): CellSpec[] {
  const { procedure, labels, options } = context;
  const total = longestPathTotal(procedure, options) ?? "—";
  const limit = procedure.tthc?.processingTime?.text ?? "—";
  const labelled = (label: string, value: string): WordParagraph[] => [
    paragraph({ style: STYLE.tableText }, [safeRun(`${label}: `, { bold: true }), safeRun(value)]),
  ];
  return [
    { content: labelled(labels.totalTime, total), span: 2 },
    { content: labelled(labels.legalLimit, limit), span: columns - 2 },
  ];
}
