import type { Box, FlowPoint } from "./geometry.js";

/** How close an arrow may pass a shape it does not touch. */
const CLEARANCE = 2;

/** Cost of passing through a shape: more than any number of shared stretches can add up to. */
const SHAPE_CROSSED = 100;

/** Cost of running along a stretch of an arrow to another target. */
const SHARED_STRETCH = 0.3;

/** Cost of leaving by a point an earlier arrow of the same shape leaves by. */
const EXIT_TAKEN = 0.5;

/** A straight piece of an arrow already routed, with the shape it goes to. */
export interface Segment {
  start: FlowPoint;
  end: FlowPoint;
  target: string;
}

/** An axis-parallel piece with its spans worked out once, for the many tests made against it. */
interface Piece extends Segment {
  /** Lowest and highest coordinate across and along. */
  a0: number;
  a1: number;
  l0: number;
  l1: number;
}

/** A shape to keep clear of: its box grown by the clearance. */
interface Keepout {
  id: string;
  a0: number;
  a1: number;
  l0: number;
  l1: number;
}

/** What a candidate route must avoid: the shapes it does not join and the arrows already drawn. */
export interface Obstacles {
  shapes: Keepout[];
  pieces: Piece[];
}

/** Obstacles of a diagram with these shapes and no arrows yet; add arrows with `addRoute`. */
export function obstaclesOf(boxes: ReadonlyMap<string, Box>): Obstacles {
  const shapes: Keepout[] = [];
  for (const [id, box] of boxes) {
    shapes.push({
      id,
      a0: box.a - CLEARANCE,
      a1: box.a + box.sa + CLEARANCE,
      l0: box.l - CLEARANCE,
      l1: box.l + box.sl + CLEARANCE,
    });
  }
  return { shapes, pieces: [] };
}

/** Records a routed arrow to `target`, so later candidates are charged for running along it. */
export function addRoute(obstacles: Obstacles, path: readonly FlowPoint[], target: string): void {
  for (const segment of segmentsOf(path, target)) obstacles.pieces.push(pieceOf(segment));
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
  const own = segmentsOf(path, ends.to).map(pieceOf);
  let cost = exitTaken ? EXIT_TAKEN : 0;
  for (const shape of obstacles.shapes) {
    if (shape.id === ends.from || shape.id === ends.to) continue;
    if (own.some((piece) => crosses(piece, shape))) cost += SHAPE_CROSSED;
  }
  for (const other of obstacles.pieces) {
    if (other.target === ends.to) continue;
    if (own.some((piece) => piecesRunAlong(piece, other))) cost += SHARED_STRETCH;
  }
  return cost;
}

function pieceOf(segment: Segment): Piece {
  const { start, end, target } = segment;
  return {
    start,
    end,
    target,
    a0: Math.min(start.a, end.a),
    a1: Math.max(start.a, end.a),
    l0: Math.min(start.l, end.l),
    l1: Math.max(start.l, end.l),
  };
}

/** Whether an axis-parallel piece passes through a shape's keep-out box. */
function crosses(piece: Piece, shape: Keepout): boolean {
  return piece.a1 > shape.a0 && piece.a0 < shape.a1 && piece.l1 > shape.l0 && piece.l0 < shape.l1;
}

/** Whether two axis-parallel segments lie on the same line and share more than a point. */
export function runsAlong(first: Segment, second: Segment): boolean {
  const sameA = first.start.a === first.end.a && second.start.a === second.end.a;
  if (sameA && Math.abs(first.start.a - second.start.a) < 1) {
    return overlap(first.start.l, first.end.l, second.start.l, second.end.l) > 1;
  }
  const sameL = first.start.l === first.end.l && second.start.l === second.end.l;
  if (sameL && Math.abs(first.start.l - second.start.l) < 1) {
    return overlap(first.start.a, first.end.a, second.start.a, second.end.a) > 1;
  }
  return false;
}

/** `runsAlong` for pieces, whose spans are known. */
function piecesRunAlong(first: Piece, second: Piece): boolean {
  const sameA = first.start.a === first.end.a && second.start.a === second.end.a;
  if (sameA && Math.abs(first.start.a - second.start.a) < 1) {
    return Math.min(first.l1, second.l1) - Math.max(first.l0, second.l0) > 1;
  }
  const sameL = first.start.l === first.end.l && second.start.l === second.end.l;
  if (sameL && Math.abs(first.start.l - second.start.l) < 1) {
    return Math.min(first.a1, second.a1) - Math.max(first.a0, second.a0) > 1;
  }
  return false;
}

/** Length shared by the spans from `x0` to `x1` and from `y0` to `y1` (negative when apart). */
function overlap(x0: number, x1: number, y0: number, y1: number): number {
  return (
    Math.min(Math.max(x0, x1), Math.max(y0, y1)) - Math.max(Math.min(x0, x1), Math.min(y0, y1))
  );
}
