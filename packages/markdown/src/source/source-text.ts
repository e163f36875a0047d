import type { Place, Point } from "@quytrinh/core";

/** A start/end pair as remark reports it (1-based line and column in the normalised text). */
export interface Span {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/**
 * The user's text normalised for parsing (no BOM, LF line endings, NFC, NBSP as spaces), with a
 * mapping from positions in the normalised text back to the original input.
 */
export interface SourceText {
  /** The normalised text given to remark. */
  readonly text: string;
  /** Number of lines in the input. */
  readonly lineCount: number;
  /** The original point of a 1-based line and column in the normalised text. */
  point(line: number, column: number): Point;
  /** The original point of an offset in the normalised text. */
  pointAt(offset: number): Point;
  /** The original place of a span of the normalised text. */
  place(span: Span): Place;
}

const LINE_BREAK = /\r\n|\r|\n/gu;
const PLAIN = /^[\x20-\x7e\t]*$/u;
const SPACES = /[\u00a0\u202f]/gu;
const SEGMENT = /\P{M}\p{M}*|\p{M}+/gsu;

/** Normalises the user's text and remembers how to map positions back onto it. */
export function toSourceText(raw: string): SourceText {
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const input = bom ? raw.slice(1) : raw;
  const rawStarts: number[] = [];
  const rawLengths: number[] = [];
  const normStarts: number[] = [];
  const maps = new Map<number, number[]>();
  const lines: string[] = [];
  let start = 0;
  let normOffset = 0;
  const addLine = (end: number): void => {
    const line = input.slice(start, end);
    const index = lines.length;
    rawStarts.push(start + bom);
    rawLengths.push(line.length);
    normStarts.push(normOffset);
    const normalised = PLAIN.test(line) ? line : normaliseLine(line, index, maps);
    lines.push(normalised);
    normOffset += normalised.length + 1;
  };
  for (const match of input.matchAll(LINE_BREAK)) {
    addLine(match.index);
    start = match.index + match[0].length;
  }
  addLine(input.length);
  const text = lines.join("\n");

  const point = (line: number, column: number): Point => {
    const index = Math.min(Math.max(line, 1), lines.length) - 1;
    const normLength = lines[index]?.length ?? 0;
    const col = Math.min(Math.max(column, 1), normLength + 1);
    const map = maps.get(index);
    let original = map ? (map[col - 1] ?? col) : col;
    original = Math.min(original, (rawLengths[index] ?? 0) + 1);
    const shift = index === 0 ? bom : 0;
    return {
      line: index + 1,
      column: original + shift,
      offset: (rawStarts[index] ?? 0) + original - 1,
    };
  };

  const pointAt = (offset: number): Point => {
    let low = 0;
    let high = normStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((normStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return point(low + 1, offset - (normStarts[low] ?? 0) + 1);
  };

  return {
    text,
    lineCount: lines.length,
    point,
    pointAt,
    place: (span) => ({
      start: point(span.start.line, span.start.column),
      end: point(span.end.line, span.end.column),
    }),
  };
}

/** NFC and NBSP-to-space for one line, recording a column map when its length changes. */
function normaliseLine(line: string, index: number, maps: Map<number, number[]>): string {
  const spaced = line.replace(SPACES, " ");
  const composed = spaced.normalize("NFC");
  if (composed.length === spaced.length) return composed;
  const map: number[] = [];
  let out = "";
  for (const segment of spaced.matchAll(SEGMENT)) {
    const piece = segment[0].normalize("NFC");
    for (let i = 0; i < piece.length; i += 1) {
      map.push(segment.index + Math.min(i, segment[0].length - 1) + 1);
    }
    out += piece;
  }
  map.push(spaced.length + 1);
  maps.set(index, map);
  return out;
}
