import { type ExtraCell, parseDuration, type Step } from "@quytrinh/core";
import type { Table } from "mdast";
import type { ProcedureDraft } from "../sections/procedure-draft.js";
import { inlineText } from "../source/inline-text.js";
import { placeOf, type ReadContext } from "../source/read-context.js";
import { foldLabel } from "../vocabulary/fold-label.js";
import { nearestLabel } from "../vocabulary/nearest-label.js";
import { STEP_COLUMN_INDEX, STEP_COLUMN_TITLES } from "../vocabulary/step-columns.js";
import { readBranches } from "./read-branches.js";
import type { StepColumns } from "./step-columns-of.js";
import { normaliseStepId } from "./step-id.js";
import { stepKind } from "./step-kind.js";

const LIST_SEPARATOR = /[;\n]/u;

/** Splits a cell listing several actors or outputs on `;` and line breaks (`<br>`). */
export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Reads a steps table into the draft. Returns `false` (reporting `steps-column-missing`) when the
 * table has no action column, so the caller keeps it as text.
 */
export function readStepsTable(
  table: Table,
  columns: StepColumns,
  draft: ProcedureDraft,
  context: ReadContext,
): boolean {
  const tablePlace = placeOf(context, table);
  draft.stepsTableFound = true;
  if (!columns.roles.includes("action")) {
    const column = STEP_COLUMN_TITLES[context.lang].action;
    context.reporter.report("steps-column-missing", { column }, tablePlace, { expected: column });
    return false;
  }
  reportUnknownColumns(table, columns, context);
  for (const [index, role] of columns.roles.entries()) {
    const header = columns.headers[index] ?? "";
    if (role === undefined && !draft.stepColumns.includes(header)) draft.stepColumns.push(header);
  }
  const rows = table.children.slice(1);
  for (const row of rows) {
    const cells = row.children.map((cell) => inlineText(cell));
    if (cells.every((cell) => cell === "")) continue;
    const value = (role: string): string => cells[columns.roles.indexOf(role as never)] ?? "";
    const idCell = value("id");
    const id = normaliseStepId(idCell) || `B${draft.steps.length + 1}`;
    const action = value("action");
    const place = placeOf(context, row);
    const branchCellIndex = columns.roles.indexOf("branches");
    const branchCell = row.children[branchCellIndex];
    const read = readBranches(value("branches"));
    const branchPlace = branchCell ? placeOf(context, branchCell) : place;
    for (const text of read.unparsed) {
      context.reporter.report("branch-unparsed", { id, text }, branchPlace, {
        actual: text,
        expected: "Có → B4; Không → B3",
      });
    }
    const step: Step = {
      id,
      kind: stepKind(action, read.branches.length),
      action,
      actors: splitList(value("actors")),
      outputs: splitList(value("outputs")),
      branches: read.branches.map((branch) => ({ ...branch, place: branchPlace })),
      place,
    };
    const durationText = value("duration");
    if (durationText)
      step.duration = readStepDuration(durationText, row.children, columns, context);
    const notes = value("notes");
    if (notes) step.notes = notes;
    const extra: ExtraCell[] = [];
    columns.roles.forEach((role, index) => {
      const cell = cells[index];
      if (role === undefined && cell)
        extra.push({ column: columns.headers[index] ?? "", value: cell });
    });
    if (extra.length > 0) step.extra = extra;
    draft.steps.push(step);
  }
  if (rows.length === 0) context.reporter.report("steps-table-empty", {}, tablePlace);
  return true;
}

function readStepDuration(
  text: string,
  cells: Table["children"][number]["children"],
  columns: StepColumns,
  context: ReadContext,
): Step["duration"] {
  const duration = parseDuration(text);
  if (duration.kind === "unparsed") {
    const cell = cells[columns.roles.indexOf("duration")];
    if (cell) {
      context.reporter.report("duration-unparsed", { text }, placeOf(context, cell), {
        actual: text,
        expected: "30 phút",
      });
    }
  }
  return duration;
}

function reportUnknownColumns(table: Table, columns: StepColumns, context: ReadContext): void {
  const head = table.children[0];
  columns.roles.forEach((role, index) => {
    const header = columns.headers[index] ?? "";
    const cell = head?.children[index];
    if (role !== undefined || !cell) return;
    const near = nearestLabel(foldLabel(header), STEP_COLUMN_INDEX.keys());
    const nearRole = near === undefined ? undefined : STEP_COLUMN_INDEX.get(near);
    if (!nearRole || columns.roles.includes(nearRole)) return;
    const expected = STEP_COLUMN_TITLES[context.lang][nearRole];
    context.reporter.report(
      "steps-column-unknown",
      { column: header, expected },
      placeOf(context, cell),
      { expected, actual: header },
    );
  });
}
