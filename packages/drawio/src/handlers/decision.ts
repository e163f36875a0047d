import { measureText, toGrid } from "../text-metrics.js";
import { LABEL_STYLE, type ShapeHandler } from "./shape.js";

/** Share of a diamond's width its text may use, centred: the rest stays clear of the slanted sides. */
const TEXT_SHARE = 0.6;

/** A decision: a diamond big enough for its question, with spacing so draw.io wraps inside it. */
export const decision: ShapeHandler = {
  size(text) {
    const block = measureText(text, 20);
    return {
      width: Math.max(160, toGrid(block.width / TEXT_SHARE)),
      height: Math.max(80, toGrid(block.height / (1 - TEXT_SHARE))),
    };
  },
  style(size) {
    const spacing = Math.round((size.width * (1 - TEXT_SHARE)) / 2);
    return `rhombus;${LABEL_STYLE}spacingLeft=${spacing};spacingRight=${spacing};`;
  },
};
