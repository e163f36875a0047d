import { type Box, CORRIDOR_GAP, type FlowPoint } from "./geometry.js";
import type { LayoutEdge } from "./layout-diagram.js";
import type { Placement } from "./place-nodes.js";
import type { Ranking } from "./rank.js";

/** The middle of a box's before or after side, at a fraction along it. */
export function sidePoint(box: Box, side: "before" | "after", along: number): FlowPoint {
  return { a: side === "before" ? box.a : box.a + box.sa, l: box.l + box.sl * along };
}

/** Middle of the empty gap above the target's row and of the one below the source's row. */
export interface RowGaps {
  aboveTarget: number;
  belowSource: number;
}

/** Where the gaps around an arrow's rows lie along the flow. */
export function rowGaps(edge: LayoutEdge, ranking: Ranking, placement: Placement): RowGaps {
  const toRow = placement.rows[ranking.rank.get(edge.to) ?? 0] ?? { l: 0, sl: 0 };
  const fromRow = placement.rows[ranking.rank.get(edge.from) ?? 0] ?? { l: 0, sl: 0 };
  const half = placement.rowGap / 2;
  return { aboveTarget: toRow.l - half, belowSource: fromRow.l + fromRow.sl + half };
}

/** Candidate forward routes, most natural first. */
export function forwardPaths(
  from: Box,
  to: Box,
  gaps: RowGaps,
  cornersFirst: boolean,
): FlowPoint[][] {
  const fromA = from.a + from.sa / 2;
  const toA = to.a + to.sa / 2;
  const bottom = { a: fromA, l: from.l + from.sl };
  const top = { a: toA, l: to.l };
  const straight: FlowPoint[][] = [];
  if (Math.abs(fromA - toA) < 1) straight.push([bottom, { a: fromA, l: to.l }]);
  const bent: FlowPoint[][] = [];
  for (const gap of [gaps.aboveTarget, gaps.belowSource]) {
    if (gap <= bottom.l || gap >= top.l) continue;
    bent.push([bottom, { a: fromA, l: gap }, { a: toA, l: gap }, top]);
  }
  const side = toA > fromA ? from.a + from.sa : from.a;
  const middle = from.l + from.sl / 2;
  const clear = toA > from.a + from.sa || toA < from.a;
  const corner: FlowPoint[][] =
    to.l > middle && clear ? [[{ a: side, l: middle }, { a: toA, l: middle }, top]] : [];
  return cornersFirst ? [...straight, ...corner, ...bent] : [...straight, ...bent, ...corner];
}

/**
 * Routes through one corridor, most natural first: side to side; from the side along the corridor
 * and in from the top through the gap above the target's row; out of the bottom through the gap
 * below the source's row and in from the top (gaps between rows are always free of shapes).
 */
export function aroundThrough(from: Box, to: Box, track: number, gaps: RowGaps): FlowPoint[][] {
  const exitSide = track < from.a + from.sa / 2 ? "before" : "after";
  const entrySide = track < to.a + to.sa / 2 ? "before" : "after";
  const exit = sidePoint(from, exitSide, 0.5);
  const entry = sidePoint(to, entrySide, 0.5);
  const toA = to.a + to.sa / 2;
  const fromA = from.a + from.sa / 2;
  const overTop = [
    { a: track, l: gaps.aboveTarget },
    { a: toA, l: gaps.aboveTarget },
    { a: toA, l: to.l },
  ];
  return [
    [exit, { a: track, l: exit.l }, { a: track, l: entry.l }, entry],
    [exit, { a: track, l: exit.l }, ...overTop],
    [
      { a: fromA, l: from.l + from.sl },
      { a: fromA, l: gaps.belowSource },
      { a: track, l: gaps.belowSource },
      ...overTop,
    ],
  ];
}

/** An arrow from a shape back to itself, round the side the corridor is on. */
/**
 * An arrow from a shape back to itself, close round its after side and top: it stays in the space
 * between side-by-side shapes and the gap above the row, for when a corridor is blocked.
 */
export function tightSelfLoop(box: Box, aboveRow: number): FlowPoint[] {
  const exit = sidePoint(box, "after", 0.5);
  const beside = exit.a + CORRIDOR_GAP;
  const middle = box.a + box.sa / 2;
  return [
    exit,
    { a: beside, l: exit.l },
    { a: beside, l: aboveRow },
    { a: middle, l: aboveRow },
    { a: middle, l: box.l },
  ];
}

export function selfLoop(box: Box, track: number): FlowPoint[] {
  const side = track < box.a + box.sa / 2 ? "before" : "after";
  const exit = sidePoint(box, side, 0.3);
  const entry = sidePoint(box, side, 0.7);
  return [exit, { a: track, l: exit.l }, { a: track, l: entry.l }, entry];
}
