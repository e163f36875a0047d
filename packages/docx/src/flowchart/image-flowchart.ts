import { AlignmentType, ImageRun, Paragraph } from "docx";
import type { Labels } from "../labels.js";
import type { FlowchartImage } from "../options.js";
import { PIXELS_PER_TWIP, TEXT_WIDTH } from "../page/page-geometry.js";
import { xmlSafeText } from "../text/xml-safe-text.js";

/** Tallest picture in pixels, so it fits a page under the header table. */
const MAX_HEIGHT = 820;

/**
 * The flowchart as a picture supplied by a renderer: the SVG with its PNG as fallback when both are
 * given, else the PNG; scaled down to fit the text width and a page, never up.
 */
export function imageFlowchart(image: FlowchartImage, labels: Labels): Paragraph[] {
  const maxWidth = Math.floor(TEXT_WIDTH * PIXELS_PER_TWIP);
  const scale = Math.min(1, maxWidth / image.width, MAX_HEIGHT / image.height);
  const transformation = {
    width: Math.round(image.width * scale),
    height: Math.round(image.height * scale),
  };
  const altText = { name: xmlSafeText(labels.flowchartAlt), description: "", title: "" };
  const run =
    image.svg === undefined
      ? new ImageRun({ type: "png", data: image.png, transformation, altText })
      : new ImageRun({
          type: "svg",
          data: new TextEncoder().encode(image.svg),
          fallback: { type: "png", data: image.png },
          transformation,
          altText,
        });
  return [new Paragraph({ alignment: AlignmentType.CENTER, keepLines: true, children: [run] })];
}
