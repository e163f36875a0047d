import type { PagePoint, Rect } from "../write/mx-cells.js";
import type { Box, Direction, FlowPoint } from "./geometry.js";

/** A box in flow coordinates as a page rectangle, moved down by `top`. */
export function rectOnPage(box: Box, direction: Direction, top = 0): Rect {
  return direction === "TD"
    ? { x: box.a, y: box.l + top, width: box.sa, height: box.sl }
    : { x: box.l, y: box.a + top, width: box.sl, height: box.sa };
}

/** A point in flow coordinates on the page, moved down by `top`. */
export function pointOnPage(point: FlowPoint, direction: Direction, top = 0): PagePoint {
  return direction === "TD" ? { x: point.a, y: point.l + top } : { x: point.l, y: point.a + top };
}
