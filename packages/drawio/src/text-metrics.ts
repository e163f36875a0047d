/** Font of every label: the serif Vietnamese documents are set in (Liberation Serif stands in on Linux). */
export const FONT_FAMILY = "Times New Roman";
/** Font size of shape labels in points; arrow labels are one point smaller. */
export const FONT_SIZE = 12;
/** Estimated advance of an average character at `FONT_SIZE`, generous so text is rarely clipped. */
export const CHAR_WIDTH = 6.2;
/** Height of one line of text at `FONT_SIZE`. */
export const LINE_HEIGHT = 15;

/** The size of a block of text once wrapped at `maxChars` characters per line. */
export interface TextBlock {
  lines: number;
  width: number;
  height: number;
}

/**
 * Estimates the size of `text` wrapped greedily at word boundaries to `maxChars` characters a line
 * (a longer word is broken), as draw.io's `whiteSpace=wrap` would; explicit `\n` starts a line.
 */
export function measureText(text: string, maxChars: number): TextBlock {
  let lines = 0;
  let longest = 0;
  for (const paragraph of text.split("\n")) {
    let current = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((part) => part !== "")) {
      let length = [...word].length;
      const needed = current === 0 ? length : current + 1 + length;
      if (needed <= maxChars) {
        current = needed;
        continue;
      }
      longest = Math.max(longest, current);
      if (current > 0) lines++;
      while (length > maxChars) {
        longest = Math.max(longest, maxChars);
        length -= maxChars;
        lines++;
      }
      current = length;
      longest = Math.max(longest, current);
    }
    longest = Math.max(longest, current);
  }
  return { lines, width: longest * CHAR_WIDTH, height: lines * LINE_HEIGHT };
}

/** Rounds a size up to the 10-point grid draw.io snaps to. */
export function toGrid(size: number): number {
  return Math.ceil(size / 10) * 10;
}
