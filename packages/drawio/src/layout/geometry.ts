/** Flow coordinates and spacing of the shared flowchart layout of core. */
export {
  type Box,
  CORRIDOR_GAP,
  type Direction,
  type FlowPoint,
  LANE_MARGIN,
  LANE_PADDING,
  NODE_GAP,
  rowGap,
  type Side,
} from "@quytrinh/core";
