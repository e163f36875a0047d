import type { RootContent } from "mdast";
import type { ReadContext } from "../../source/read-context.js";
import { toBlocks } from "../../source/rich-text.js";
import { readStepsTable } from "../../steps/read-steps-table.js";
import { looksLikeStepsTable, stepColumnsOf } from "../../steps/step-columns-of.js";
import type { ProcedureDraft } from "../procedure-draft.js";
import type { SectionHandler } from "./section-handler.js";

/**
 * Reads steps tables found among `nodes` into the draft; returns the other nodes. With `strict`
 * (the steps section itself) a lone table that does not look like steps is still read as one,
 * so its missing columns are reported.
 */
export function takeStepsTables(
  nodes: readonly RootContent[],
  draft: ProcedureDraft,
  context: ReadContext,
  strict: boolean,
): RootContent[] {
  const rest: RootContent[] = [];
  const tables = nodes.filter((node) => node.type === "table");
  const anyStepsLike = tables.some((table) => looksLikeStepsTable(stepColumnsOf(table)));
  for (const node of nodes) {
    if (node.type !== "table") {
      rest.push(node);
      continue;
    }
    const columns = stepColumnsOf(node);
    const candidate =
      looksLikeStepsTable(columns) || (strict && !anyStepsLike && node === tables[0]);
    if (!candidate || !readStepsTable(node, columns, draft, context)) rest.push(node);
  }
  return rest;
}

/** Quy trình xử lý công việc: the steps table; other blocks are left over. */
export const readSteps: SectionHandler = (nodes, draft, context) =>
  toBlocks(takeStepsTables(nodes, draft, context, true), context);

/** Lưu đồ: a steps table if there is one; the rest (a drawing, notes) is left over. */
export const readFlowchart: SectionHandler = (nodes, draft, context) =>
  toBlocks(takeStepsTables(nodes, draft, context, false), context);
