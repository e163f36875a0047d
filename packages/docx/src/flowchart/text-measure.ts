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
  return characterCount(text) * EM_PER_CHARACTER * points * PIXELS_PER_POINT;
}

/**
 * How many characters (code points) `text` has, as `[...text].length` counts them but without
 * building the array: a surrogate pair is one character, a lone surrogate one too.
 */
export function characterCount(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length - 1; index++) {
    const code = text.charCodeAt(index);
    if (code < 0xd800 || code > 0xdbff) continue;
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      count -= 1;
      index += 1;
    }
  }
  return count;
}

/** Splits text into lines no wider than `width` pixels; a word longer than a line is cut. */
export function wrapText(text: string, width: number, points: number): string[] {
  const perLine = Math.max(1, Math.floor(width / (EM_PER_CHARACTER * points * PIXELS_PER_POINT)));
  const lines: Lines = { done: [], line: "", length: 0, perLine };
  for (const word of text.split(/\s+/u)) {
    if (word === "") continue;
    const length = characterCount(word);
    if (length <= perLine) {
      addPiece(lines, word, length);
      continue;
    }
    const chars = [...word];
    for (let start = 0; start < chars.length; start += perLine) {
      const piece = chars.slice(start, start + perLine);
      addPiece(lines, piece.join(""), piece.length);
    }
  }
  if (lines.line || lines.done.length === 0) lines.done.push(lines.line);
  return lines.done;
}

/** Lines being filled: those done, the current one and its length in characters. */
interface Lines {
  done: string[];
  line: string;
  length: number;
  perLine: number;
}

/** Adds a piece of at most `perLine` characters to the current line, or starts a new line with it. */
function addPiece(lines: Lines, piece: string, length: number): void {
  if (lines.line === "") {
    lines.line = piece;
    lines.length = length;
  } else if (lines.length + 1 + length <= lines.perLine) {
    lines.line += ` ${piece}`;
    lines.length += 1 + length;
  } else {
    lines.done.push(lines.line);
    lines.line = piece;
    lines.length = length;
  }
}

/** The height in pixels of `lines` lines of text at `points` size. */
export function linesHeight(lines: number, points: number): number {
  return Math.ceil(lines * LINE_HEIGHT * points * PIXELS_PER_POINT);
}

/** Shortens text to at most `max` characters, at a word end when it can, ending with "…" when cut. */
export function clip(text: string, max: number): string {
  const trimmed = text.trim();
  if (characterCount(trimmed) <= max) return trimmed;
  const chars = [...trimmed];
  const head = chars.slice(0, max - 1).join("");
  const space = head.lastIndexOf(" ");
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.]+$/u, "")}…`;
}
