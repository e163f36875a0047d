import type { Table } from "mdast";
import { inlineText } from "../source/inline-text.js";
import { foldLabel } from "../vocabulary/fold-label.js";
import { STEP_COLUMN_INDEX, type StepColumnRole } from "../vocabulary/step-columns.js";

/** The headers of a table and the role of each column (`undefined` for unknown columns). */
export interface StepColumns {
  headers: string[];
  roles: (StepColumnRole | undefined)[];
}

/** Maps each header to its role; a role claimed twice leaves the later column unknown. */
export function stepColumnsOf(table: Table): StepColumns {
  const headers = (table.children[0]?.children ?? []).map((cell) => inlineText(cell));
  const seen = new Set<StepColumnRole>();
  const roles = headers.map((header) => {
    const role = STEP_COLUMN_INDEX.get(foldLabel(header));
    if (!role || seen.has(role)) return undefined;
    seen.add(role);
    return role;
  });
  return { headers, roles };
}

/** Whether a table looks like a steps table: an action column and one more known column. */
export function looksLikeStepsTable(columns: StepColumns): boolean {
  const known = columns.roles.filter((role) => role !== undefined);
  return known.includes("action") && known.length >= 2;
}
