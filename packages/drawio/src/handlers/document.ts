import { measureText, toGrid } from "../text-metrics.js";
import { LABEL_STYLE, type ShapeHandler } from "./shape.js";

/** Height added under the text for the wavy bottom edge. */
const WAVE = 16;

/** Sizes a document shape for its text; `stacked` leaves room for the offset pages. */
function documentSize(text: string, stacked: boolean) {
  const block = measureText(text, 24);
  const extra = stacked ? 10 : 0;
  return {
    width: Math.max(100, toGrid(block.width + 20 + extra)),
    height: Math.max(50, toGrid(block.height + 12 + WAVE + extra)),
  };
}

/** One form or result: draw.io's flowchart document (wavy bottom). */
export const documentShape: ShapeHandler = {
  size: (text) => documentSize(text, false),
  style: () => `shape=mxgraph.flowchart.document;${LABEL_STYLE}`,
};

/** Several forms or results of one step: draw.io's flowchart multi-document. */
export const documentsShape: ShapeHandler = {
  size: (text) => documentSize(text, true),
  style: () => `shape=mxgraph.flowchart.multi-document;${LABEL_STYLE}`,
};
