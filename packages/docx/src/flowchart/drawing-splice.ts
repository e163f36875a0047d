/**
 * Lets `packDocx` write prepared drawings as text it splices into the compiled parts, instead of
 * docx turning their large element objects into XML. docx's compile is synchronous, so one splice
 * is open at a time; outside one (docx's own `Packer`), drawings are written by docx as before.
 */

/** The drawings written during the open splice, by placeholder number. */
let open: string[] | undefined;

/** The element docx writes where spliced drawing `index` goes: no user text can look like it. */
const PLACEHOLDER = /<quytrinh-splice n="(\d+)"\/>/g;

/** Placeholder element for a drawing given as text, or `undefined` when no splice is open. */
export function splicePlaceholder(
  write: () => string,
): { "quytrinh-splice": { _attr: { n: number } } } | undefined {
  if (!open) return undefined;
  open.push(write());
  return { "quytrinh-splice": { _attr: { n: open.length - 1 } } };
}

/** Runs a synchronous compile with a splice open; gives its result and the drawings written. */
export function withSplice<T>(compile: () => T): { result: T; drawings: string[] } {
  const drawings: string[] = [];
  open = drawings;
  try {
    return { result: compile(), drawings };
  } finally {
    open = undefined;
  }
}

/** Puts the drawings in the place of their placeholders in a compiled part. */
export function spliceDrawings(xml: string, drawings: readonly string[]): string {
  if (drawings.length === 0 || !xml.includes("<quytrinh-splice ")) return xml;
  return xml.replace(PLACEHOLDER, (placeholder, index: string) => {
    const drawing = drawings[Number(index)];
    if (drawing === undefined) throw new Error(`No drawing for ${placeholder}`);
    return drawing;
  });
}
