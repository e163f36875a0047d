import { FONT_FAMILY, FONT_SIZE } from "../text-metrics.js";

/** Width and height of a shape in draw.io units (points). */
export interface Size {
  width: number;
  height: number;
}

/** How one kind of shape is sized for its text and styled in draw.io. */
export interface ShapeHandler {
  size(text: string): Size;
  style(size: Size): string;
}

/** Style every label shares: wrapped HTML text in the house font. */
export const LABEL_STYLE = `whiteSpace=wrap;html=1;fontFamily=${FONT_FAMILY};fontSize=${FONT_SIZE};`;
