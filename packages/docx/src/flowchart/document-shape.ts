import { element, type XmlElement } from "./xml-element.js";

/** The path coordinates of the symbol, scaled to the shape's box. */
const SIDE = 100;

const point = (x: number, y: number) => element("a:pt", { x, y });

/**
 * The ISO 5807 document symbol (a box with a wavy bottom) as a custom geometry, with a short stub
 * from the wave's middle to the bottom of the box, where the arrow to the next step starts.
 */
export const DOCUMENT_GEOMETRY: XmlElement = element(
  "a:custGeom",
  {},
  element("a:avLst"),
  // The text sits above the wave, in the top four fifths of the box.
  element("a:gdLst", {}, element("a:gd", { name: "textBottom", fmla: "*/ h 4 5" })),
  element("a:ahLst"),
  element("a:cxnLst"),
  element("a:rect", { l: "l", t: "t", r: "r", b: "textBottom" }),
  element(
    "a:pathLst",
    {},
    element(
      "a:path",
      { w: SIDE, h: SIDE },
      element("a:moveTo", {}, point(0, 0)),
      element("a:lnTo", {}, point(100, 0)),
      element("a:lnTo", {}, point(100, 88)),
      element("a:cubicBezTo", {}, point(83, 76), point(67, 76), point(50, 88)),
      element("a:cubicBezTo", {}, point(33, 100), point(17, 100), point(0, 88)),
      element("a:close"),
    ),
    element(
      "a:path",
      { w: SIDE, h: SIDE, fill: "none" },
      element("a:moveTo", {}, point(50, 88)),
      element("a:lnTo", {}, point(50, 100)),
    ),
  ),
);
