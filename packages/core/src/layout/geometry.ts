/**
 * A rectangle in flow coordinates: `a` runs across the lanes, `l` along the flow. Top-down diagrams
 * map them to x and y; left-to-right diagrams to y and x, so one layout serves both directions.
 */
export interface Box {
  a: number;
  l: number;
  /** Size across. */
  sa: number;
  /** Size along. */
  sl: number;
}

/** A point in flow coordinates. */
export interface FlowPoint {
  a: number;
  l: number;
}

/** Which side of a lane, across: `before` is left (top-down) or top (left-to-right). */
export type Side = "before" | "after";

/** Space between shapes side by side in a lane, and between a step and its document. */
export const NODE_GAP = 30;
/** Direction of the flow: down the page with lanes as columns, or right with lanes as rows. */
export type Direction = "TD" | "LR";

/**
 * Space between two rows: wider when the flow goes right, where arrow labels lie across the gap
 * rather than along it.
 */
export function rowGap(direction: Direction): number {
  return direction === "TD" ? 40 : 70;
}
/** Space between a lane's side and its shapes, before any corridor. */
export const LANE_MARGIN = 20;
/** Distance between two arrows running in parallel through a lane's margin. */
export const CORRIDOR_GAP = 12;
/** Space between a lane's header and its first row, and after its last row. */
export const LANE_PADDING = 30;
