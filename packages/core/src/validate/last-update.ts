import type { Procedure } from "../model/procedure.js";

/** When the procedure was last changed: the latest of its effective date and revision dates. */
export function lastUpdate(procedure: Procedure): string | undefined {
  const dates = [
    procedure.control.effectiveDate,
    ...procedure.control.revisions.map((revision) => revision.date),
  ];
  return dates
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1);
}
