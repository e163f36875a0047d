import { LINE_HEIGHT, measureText, toGrid } from "../text-metrics.js";
import { LABEL_STYLE, type ShapeHandler } from "./shape.js";

/** Start and end: draw.io's flowchart terminator (a stadium). */
export const terminal: ShapeHandler = {
  size(text) {
    const block = measureText(text, 24);
    return {
      width: Math.max(120, toGrid(block.width + 40)),
      height: Math.max(40, toGrid(block.height + LINE_HEIGHT)),
    };
  },
  style: () => `shape=mxgraph.flowchart.terminator;${LABEL_STYLE}`,
};
