import type { Box, FlowPoint } from "./geometry.js";

/** How close an arrow may pass a shape it does not touch. */
const CLEARANCE = 2;

/** Cost of passing through a shape: more than any number of shared stretches can add up to. */
const SHAPE_CROSSED = 100;

/** A straight piece of an arrow already routed, with the shape it goes to. */
export interface Segment {
  start: FlowPoint;
  end: FlowPoint;
  target: string;
}

/** What a candidate route must avoid: the shapes it does not join and the arrows already drawn. */
export interface Obstacles {
  boxes: ReadonlyMap<string, Box>;
  segments: readonly Segment[];
}

/** The pieces of a path, each from one point to the next. */
export function segmentsOf(path: readonly FlowPoint[], target: string): Segment[] {
  return path.slice(1).map((end, index) => ({ start: path[index] ?? end, end, target }));
}

/**
 * How bad a candidate is: 100 for each shape it passes through (other than its own two ends), 0.5 if
 * it leaves by a point an earlier arrow of the same shape uses, 0.3 for each stretch it runs along
 * an arrow to another target. 0 is a clean route.
 */
export function routeCost(
  path: readonly FlowPoint[],
  ends: { from: string; to: string },
  obstacles: Obstacles,
  exitTaken: boolean,
): number {
  let cost = exitTaken ? 0.5 : 0;
  const own = segmentsOf(path, ends.to);
  for (const [id, box] of obstacles.boxes) {
    if (id === ends.from || id === ends.to) continue;
    if (own.some((segment) => crosses(segment, box))) cost += SHAPE_CROSSED;
  }
  for (const other of obstacles.segments) {
    if (other.target === ends.to) continue;
    if (own.some((segment) => runsAlong(segment, other))) cost += 0.3;
  }
  return cost;
}

/** Whether an axis-parallel segment passes through a box (grown by the clearance). */
function crosses(segment: Segment, box: Box): boolean {
  const [a0, a1] = span(segment.start.a, segment.end.a);
  const [l0, l1] = span(segment.start.l, segment.end.l);
  return (
    a1 > box.a - CLEARANCE &&
    a0 < box.a + box.sa + CLEARANCE &&
    l1 > box.l - CLEARANCE &&
    l0 < box.l + box.sl + CLEARANCE
  );
}

/** Whether two axis-parallel segments lie on the same line and share more than a point. */
export function runsAlong(first: Segment, second: Segment): boolean {
  const sameA = first.start.a === first.end.a && second.start.a === second.end.a;
  const sameL = first.start.l === first.end.l && second.start.l === second.end.l;
  if (sameA && Math.abs(first.start.a - second.start.a) < 1) {
    return overlapLength(span(first.start.l, first.end.l), span(second.start.l, second.end.l)) > 1;
  }
  if (sameL && Math.abs(first.start.l - second.start.l) < 1) {
    return overlapLength(span(first.start.a, first.end.a), span(second.start.a, second.end.a)) > 1;
  }
  return false;
}

function span(x: number, y: number): [number, number] {
  return x < y ? [x, y] : [y, x];
}

function overlapLength(first: [number, number], second: [number, number]): number {
  return Math.min(first[1], second[1]) - Math.max(first[0], second[0]);
}
