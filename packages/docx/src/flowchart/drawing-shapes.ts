import { xmlSafeText } from "../text/xml-safe-text.js";
import { element, type XmlElement } from "./xml-element.js";

/** English Metric Units (the unit of DrawingML) per screen pixel. */
export const EMU_PER_PIXEL = 9525;

/** Pixels to whole EMUs. */
export function emu(pixels: number): number {
  return Math.round(pixels * EMU_PER_PIXEL);
}

/** A rectangle in pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The outline of a shape: colour and width in points, optionally an arrowhead at its end. */
export interface Outline {
  color: string;
  points: number;
  arrow?: boolean;
}

/** Text inside a shape: centred lines at one size, with inner margins in points. */
export interface ShapeText {
  text: string;
  points: number;
  margins: { x: number; y: number };
}

/** What one drawn shape is made of. */
export interface ShapeSpec {
  id: number;
  name: string;
  rect: Rect;
  /** A preset geometry name, or a custom geometry element. */
  geometry: string | XmlElement;
  fill?: string;
  outline?: Outline;
  text?: ShapeText;
}

const POINT_EMU = 12700;

/** One `wps:wsp` shape: position, geometry, fill, outline and optional centred text. */
export function shapeElement(spec: ShapeSpec): XmlElement {
  const { rect } = spec;
  const geometry =
    typeof spec.geometry === "string"
      ? element("a:prstGeom", { prst: spec.geometry }, element("a:avLst"))
      : spec.geometry;
  const properties = element(
    "wps:spPr",
    {},
    element(
      "a:xfrm",
      {},
      element("a:off", { x: emu(rect.x), y: emu(rect.y) }),
      element("a:ext", { cx: Math.max(1, emu(rect.width)), cy: Math.max(1, emu(rect.height)) }),
    ),
    geometry,
    spec.fill ? solidFill(spec.fill) : element("a:noFill"),
    spec.outline ? outline(spec.outline) : element("a:ln", {}, element("a:noFill")),
  );
  const parts = [
    element("wps:cNvPr", { id: spec.id, name: xmlSafeText(spec.name) }),
    element("wps:cNvSpPr"),
    properties,
  ];
  if (spec.text) {
    const { margins } = spec.text;
    parts.push(
      element("wps:txbx", {}, element("w:txbxContent", {}, textParagraph(spec.text))),
      element("wps:bodyPr", {
        wrap: "square",
        lIns: margins.x * POINT_EMU,
        tIns: margins.y * POINT_EMU,
        rIns: margins.x * POINT_EMU,
        bIns: margins.y * POINT_EMU,
        anchor: "ctr",
      }),
    );
  } else {
    parts.push(element("wps:bodyPr"));
  }
  return element("wps:wsp", {}, ...parts);
}

/** A custom geometry of straight pieces through `points` (pixels, relative to the shape's corner). */
export function polylineGeometry(
  points: readonly { x: number; y: number }[],
  rect: Rect,
): XmlElement {
  const [first, ...rest] = points;
  const at = (point: { x: number; y: number }) =>
    element("a:pt", { x: emu(point.x - rect.x), y: emu(point.y - rect.y) });
  return element(
    "a:custGeom",
    {},
    element("a:avLst"),
    element("a:gdLst"),
    element("a:ahLst"),
    element("a:cxnLst"),
    element("a:rect", { l: 0, t: 0, r: "r", b: "b" }),
    element(
      "a:pathLst",
      {},
      element(
        "a:path",
        { w: Math.max(1, emu(rect.width)), h: Math.max(1, emu(rect.height)), fill: "none" },
        ...(first ? [element("a:moveTo", {}, at(first))] : []),
        ...rest.map((point) => element("a:lnTo", {}, at(point))),
      ),
    ),
  );
}

function solidFill(color: string): XmlElement {
  return element("a:solidFill", {}, element("a:srgbClr", { val: color }));
}

function outline(line: Outline): XmlElement {
  return element(
    "a:ln",
    { w: Math.round(line.points * POINT_EMU) },
    solidFill(line.color),
    ...(line.arrow ? [element("a:tailEnd", { type: "triangle" })] : []),
  );
}

function textParagraph(text: ShapeText): XmlElement {
  const size = String(Math.round(text.points * 2));
  return element(
    "w:p",
    {},
    element(
      "w:pPr",
      {},
      element("w:spacing", { "w:before": 0, "w:after": 0, "w:line": 240, "w:lineRule": "auto" }),
      element("w:jc", { "w:val": "center" }),
    ),
    element(
      "w:r",
      {},
      element(
        "w:rPr",
        {},
        element("w:sz", { "w:val": size }),
        element("w:szCs", { "w:val": size }),
      ),
      ...xmlSafeText(text.text)
        .split("\n")
        .flatMap((line, index) => [
          ...(index > 0 ? [element("w:br")] : []),
          element("w:t", { "xml:space": "preserve" }, line),
        ]),
    ),
  );
}
