import { END, type Procedure, type Step } from "@quytrinh/core";
import { STEP_COLUMN_TITLES, type StepColumnRole } from "../vocabulary/step-columns.js";
import { writeTable } from "./write-table.js";

const ROLES: readonly StepColumnRole[] = [
  "id",
  "action",
  "actors",
  "duration",
  "outputs",
  "branches",
  "notes",
];

const END_WORD = { vi: "Kết thúc", en: "End" } as const;

/** The steps table: the canonical columns, then the columns the format does not know. */
export function writeSteps(procedure: Procedure, lang: "vi" | "en"): string {
  const extraColumns = procedure.stepColumns ?? [];
  const header = [...ROLES.map((role) => STEP_COLUMN_TITLES[lang][role]), ...extraColumns];
  const rows = procedure.steps.map((step) => [
    ...ROLES.map((role) => cellOf(step, role, lang)),
    ...extraColumns.map(
      (column) => step.extra?.find((cell) => cell.column === column)?.value ?? "",
    ),
  ]);
  return writeTable(header, rows);
}

function cellOf(step: Step, role: StepColumnRole, lang: "vi" | "en"): string {
  switch (role) {
    case "id":
      return step.id;
    case "action":
      return step.action;
    case "actors":
      return step.actors.join("; ");
    case "duration":
      return step.duration?.text ?? "";
    case "outputs":
      return step.outputs.join("; ");
    case "branches":
      return step.branches
        .map((branch) => {
          const target = branch.target === END ? END_WORD[lang] : branch.target;
          return branch.label ? `${branch.label} → ${target}` : `→ ${target}`;
        })
        .join("; ");
    case "notes":
      return step.notes ?? "";
  }
}
