import { type Place, type Procedure, SECTION_TITLES, type SectionKey } from "@quytrinh/core";
import type { DefectPlan, Locator } from "./defect-plan.js";
import type { ErrorsMessages } from "./messages/errors-messages.js";

/** The defective procedure as re-read from its own Markdown, where places are real. */
export interface ReadBack {
  procedure: Procedure;
  /** The Markdown's lines, to name sections by their numbered headings ("5.1. Cơ sở pháp lý"). */
  lines: readonly string[];
}

/** The section's heading as the Markdown shows it, without the `#` marks. */
function heading(readBack: ReadBack, key: SectionKey): string {
  const line = readBack.procedure.sectionPlaces?.[key]?.start.line;
  const text = line === undefined ? undefined : readBack.lines[line - 1];
  return (
    text?.replace(/^#+\s*/u, "").trim() || SECTION_TITLES[readBack.procedure.control.language][key]
  );
}

/** Where a located node is in the re-read Markdown; `validate` reports a section at its heading. */
export function placeOf(readBack: ReadBack, locator: Locator): Place | undefined {
  const { procedure } = readBack;
  if ("step" in locator) return procedure.steps.find((step) => step.id === locator.step)?.place;
  if ("legal" in locator) return procedure.legalBasis[locator.legal]?.place;
  if ("record" in locator) return procedure.records[locator.record]?.place;
  return procedure.sectionPlaces?.[locator.section] ?? procedure.tthc?.place;
}

/** Where a defect is, in the words of the answer key. */
export function whereOf(readBack: ReadBack, plan: DefectPlan, messages: ErrorsMessages): string {
  const { at, reportedAt } = plan;
  if ("step" in at) {
    return "section" in reportedAt
      ? messages.stepTime(at.step, heading(readBack, reportedAt.section))
      : messages.step(at.step);
  }
  if ("legal" in at) return messages.legalItem(heading(readBack, "legalBasis"), at.legal + 1);
  if ("record" in at) {
    const name = readBack.procedure.records[at.record]?.name ?? "";
    return messages.recordItem(heading(readBack, "records"), name);
  }
  return messages.section(heading(readBack, at.section));
}
