import type { Place } from "../model/place.js";
import type { Procedure } from "../model/procedure.js";
import type { SectionKey } from "../model/sections.js";

/** Where a front-matter field was written (dotted path), else the front matter itself, if known. */
export function fieldPlace(procedure: Procedure, path: string): Place | undefined {
  const places = procedure.control.fieldPlaces;
  const parent = path.includes(".") ? path.slice(0, path.lastIndexOf(".")) : undefined;
  return (
    places?.[path] ??
    (parent === undefined ? undefined : places?.[parent]) ??
    procedure.control.place
  );
}

/** The heading of a known section, if the section is present and its place known. */
export function sectionPlace(procedure: Procedure, key: SectionKey): Place | undefined {
  return procedure.sectionPlaces?.[key];
}
