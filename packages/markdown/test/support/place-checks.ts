import type { Place, Point } from "@quytrinh/core";

/** The lengths of the lines of a text, split the way Markdown splits them. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/u).map((line) => line.length);
}

function pointInside(point: Point, lengths: readonly number[]): boolean {
  const length = lengths[point.line - 1];
  return length !== undefined && point.column >= 1 && point.column <= length + 1;
}

/** Whether a place lies inside a text with these line lengths, start not after end. */
export function placeInside(place: Place, lengths: readonly number[]): boolean {
  const ordered =
    place.start.line < place.end.line ||
    (place.start.line === place.end.line && place.start.column <= place.end.column);
  return ordered && pointInside(place.start, lengths) && pointInside(place.end, lengths);
}

/** Every place found anywhere in a value (model node places, field and section places). */
export function allPlaces(value: unknown): Place[] {
  const places: Place[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const object = node as Record<string, unknown>;
    if ("start" in object && "end" in object) {
      places.push(object as unknown as Place);
      return;
    }
    for (const child of Object.values(object)) visit(child);
  };
  visit(value);
  return places;
}
