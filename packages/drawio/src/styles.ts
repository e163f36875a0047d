import { FONT_FAMILY, FONT_SIZE } from "./text-metrics.js";

/** Height of the title above the lanes. */
export const TITLE_HEIGHT = 40;

/** The diagram's title: bold centred text, no box. */
export const TITLE_STYLE = `text;html=1;whiteSpace=wrap;align=center;verticalAlign=middle;fontStyle=1;fontFamily=${FONT_FAMILY};fontSize=${FONT_SIZE + 2};`;

/** A flow arrow: right-angled, filled head, label on a white ground so it stays legible over lines. */
export const EDGE_STYLE = `edgeStyle=orthogonalEdgeStyle;rounded=0;html=1;endArrow=block;endFill=1;labelBackgroundColor=#ffffff;fontFamily=${FONT_FAMILY};fontSize=${FONT_SIZE - 1};`;

/** The dashed link from a step to the forms and results it produces. */
export const LINK_STYLE = `edgeStyle=orthogonalEdgeStyle;rounded=0;html=1;dashed=1;endArrow=open;endFill=0;fontFamily=${FONT_FAMILY};fontSize=${FONT_SIZE - 1};`;

/**
 * A lane: a swimlane container with its title in a strip of `header` points, on top when the flow
 * goes down (`horizontal=1`), on the left, written upwards, when it goes right (`horizontal=0`).
 */
export function laneStyle(direction: "TD" | "LR", header: number): string {
  const horizontal = direction === "TD" ? 1 : 0;
  return `swimlane;horizontal=${horizontal};startSize=${header};html=1;whiteSpace=wrap;collapsible=0;fontStyle=1;fontFamily=${FONT_FAMILY};fontSize=${FONT_SIZE};`;
}
