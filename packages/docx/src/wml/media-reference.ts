/** Marks where the relationship id of a paragraph's n-th picture goes until the package names it. */
const MARK = "\u0001";

/** Where a paragraph's pictures are named, as `\u0001n\u0001`; no escaped text holds `\u0001`. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0001 is the mark, as no text can hold it
const REFERENCE = /\u0001(\d+)\u0001/g;

/** The stand-in for the relationship id of the n-th picture of a paragraph. */
export function mediaReference(index: number): string {
  return `${MARK}${index}${MARK}`;
}

/** A paragraph's XML with each picture's stand-in replaced by the id `idOf` gives it. */
export function resolveMediaReferences(xml: string, idOf: (index: number) => string): string {
  return xml.replace(REFERENCE, (_, index: string) => idOf(Number(index)));
}
