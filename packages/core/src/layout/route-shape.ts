import type { Box, FlowPoint } from "./geometry.js";
import { runsAlong, type Segment, segmentsOf } from "./route-cost.js";

/** Shortest stretch of an arrow that its label is put on, when it has one that long. */
const LABEL_ROOM = 24;

/**
 * Where a label goes along its arrow, as draw.io's relative position (-1 at the source, 0 in the
 * middle, 1 at the target): the middle of the first stretch long enough that no other arrow from
 * the same shape runs along, so each branch's label is on its own line and near its decision.
 */
export function labelPosition(
  path: readonly FlowPoint[],
  siblings: readonly FlowPoint[][],
): number {
  const others = siblings.flatMap((sibling) => segmentsOf(sibling, ""));
  let travelled = 0;
  let fallback: { at: number; length: number } | undefined;
  for (const segment of segmentsOf(path, "")) {
    const length = distance(segment.start, segment.end);
    for (const [from, to] of stretchesAlone(segment, others)) {
      const stretch = { at: travelled + (from + to) / 2, length: to - from };
      if (stretch.length >= LABEL_ROOM) return toRelative(stretch.at, pathLength(path));
      if (!fallback || stretch.length > fallback.length) fallback = stretch;
    }
    travelled += length;
  }
  return fallback ? toRelative(fallback.at, pathLength(path)) : 0;
}

/** The parts of a segment, as distances from its start, that no other segment runs along. */
function stretchesAlone(segment: Segment, others: readonly Segment[]): [number, number][] {
  const length = distance(segment.start, segment.end);
  let free: [number, number][] = [[0, length]];
  for (const other of others) {
    if (!runsAlong(segment, other)) continue;
    const ends = [positionOn(segment, length, other.start), positionOn(segment, length, other.end)];
    const low = Math.min(...ends);
    const high = Math.max(...ends);
    free = free.flatMap(([x, y]) => {
      const parts: [number, number][] = [
        [x, Math.min(y, low)],
        [Math.max(x, high), y],
      ];
      return parts.filter(([p, q]) => q > p);
    });
  }
  return free;
}

/** How far along a segment of this length a point on its line lies, from its start. */
function positionOn(segment: Segment, length: number, point: FlowPoint): number {
  return length === 0
    ? 0
    : ((segment.end.a - segment.start.a) * (point.a - segment.start.a) +
        (segment.end.l - segment.start.l) * (point.l - segment.start.l)) /
        length;
}

function distance(first: FlowPoint, second: FlowPoint): number {
  return Math.abs(first.a - second.a) + Math.abs(first.l - second.l);
}

function pathLength(path: readonly FlowPoint[]): number {
  return segmentsOf(path, "").reduce(
    (sum, segment) => sum + distance(segment.start, segment.end),
    0,
  );
}

function toRelative(at: number, total: number): number {
  return total === 0 ? 0 : Math.round(((2 * at) / total - 1) * 100) / 100;
}

/** Ends as fractions of their shapes, and the bends without the points that lie on a straight run. */
export function toRoute(
  path: readonly FlowPoint[],
  from: Box,
  to: Box,
): { exit: FlowPoint; entry: FlowPoint; points: FlowPoint[] } {
  const first = path[0] ?? { a: from.a, l: from.l };
  const last = path[path.length - 1] ?? { a: to.a, l: to.l };
  const points = path.slice(1, -1).filter((point, index, inner) => {
    const before = index === 0 ? first : inner[index - 1];
    const after = index === inner.length - 1 ? last : inner[index + 1];
    if (!before || !after) return true;
    const straight =
      (before.a === point.a && point.a === after.a) ||
      (before.l === point.l && point.l === after.l);
    return !straight;
  });
  return {
    exit: fraction(first, from),
    entry: fraction(last, to),
    points: points.map((point) => ({ a: Math.round(point.a), l: Math.round(point.l) })),
  };
}

/** A point on a box as fractions of its size, to two decimals. */
function fraction(point: FlowPoint, box: Box): FlowPoint {
  return { a: share(point.a, box.a, box.sa), l: share(point.l, box.l, box.sl) };
}

/** Where `value` lies between `start` and `start + size`, as a fraction to two decimals. */
function share(value: number, start: number, size: number): number {
  return size === 0 ? 0.5 : Math.round(((value - start) / size) * 100) / 100;
}
