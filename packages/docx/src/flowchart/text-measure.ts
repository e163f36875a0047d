/**
 * A cautious estimate of how Times New Roman text wraps, so shapes are made tall enough for their
 * text. Widths are an average glyph width per point of font size, on the wide side, so real text
 * fits in fewer lines than estimated rather than more.
 */
const EM_PER_CHARACTER = 0.44;
const LINE_HEIGHT = 1.2;
const PIXELS_PER_POINT = 96 / 72;

/** The width of `text` in pixels at `points` size. */
export function textWidth(text: string, points: number): number {
  return [...text].length * EM_PER_CHARACTER * points * PIXELS_PER_POINT;
}

/** Splits text into lines no wider than `width` pixels; a word longer than a line is cut. */
export function wrapText(text: string, width: number, points: number): string[] {
  const perLine = Math.max(1, Math.floor(width / (EM_PER_CHARACTER * points * PIXELS_PER_POINT)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const chars = [...word];
    for (let start = 0; start < chars.length; start += perLine) {
      const piece = chars.slice(start, start + perLine).join("");
      const candidate = line ? `${line} ${piece}` : piece;
      if ([...candidate].length <= perLine) {
        line = candidate;
      } else {
        if (line) lines.push(line);
        line = piece;
      }
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** The height in pixels of `lines` lines of text at `points` size. */
export function linesHeight(lines: number, points: number): number {
  return Math.ceil(lines * LINE_HEIGHT * points * PIXELS_PER_POINT);
}

/** Shortens text to at most `max` characters, at a word end when it can, ending with "…" when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return chars.join("");
  const head = chars.slice(0, max - 1).join("");
  const space = head.lastIndexOf(" ");
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.]+$/u, "")}…`;
}
