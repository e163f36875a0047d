import type { Procedure } from "@quytrinh/core";

const PLACE_KEYS = new Set(["place", "fieldPlaces", "sectionPlaces"]);

/** A deep copy of a procedure without source positions, to compare models parsed from different text. */
export function stripPlaces(procedure: Procedure): Procedure {
  return JSON.parse(
    JSON.stringify(procedure, (key, value: unknown) => (PLACE_KEYS.has(key) ? undefined : value)),
  ) as Procedure;
}
