import { measureText, toGrid } from "../text-metrics.js";
import { LABEL_STYLE, type ShapeHandler } from "./shape.js";

/** A process step: a plain rectangle. */
export const processBox: ShapeHandler = {
  size(text) {
    const block = measureText(text, 28);
    return {
      width: Math.max(120, toGrid(block.width + 20)),
      height: Math.max(50, toGrid(block.height + 16)),
    };
  },
  style: () => `rounded=0;${LABEL_STYLE}`,
};
