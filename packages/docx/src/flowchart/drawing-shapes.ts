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
  /** Name shown in Word's selection pane, already made safe with `xmlSafeText`. */
  name: string;
  rect: Rect;
  /** A preset geometry name, or a custom geometry element. */
  geometry: string | XmlElement;
  fill?: string;
  outline?: Outline;
  text?: ShapeText;
}

const POINT_EMU = 12700;

// Parts that are the same in every shape are built once and shared: the tree is only read.
const NO_ADJUSTMENTS = element("a:avLst");
const NON_VISUAL_SHAPE = element("wps:cNvSpPr");
const NO_FILL = element("a:noFill");
const NO_LINE = element("a:ln", {}, NO_FILL);
const NO_TEXT_BODY = element("wps:bodyPr");
const CENTRED_PARAGRAPH = element(
  "w:pPr",
  {},
  element("w:spacing", { "w:before": 0, "w:after": 0, "w:line": 240, "w:lineRule": "auto" }),
  element("w:jc", { "w:val": "center" }),
);
const LINE_BREAK = element("w:br");
const NO_GUIDES = element("a:gdLst");
const NO_HANDLES = element("a:ahLst");
const NO_CONNECTION_SITES = element("a:cxnLst");
const WHOLE_BOX_TEXT = element("a:rect", { l: 0, t: 0, r: "r", b: "b" });

/** One `wps:wsp` shape: position, geometry, fill, outline and optional centred text. */
export function shapeElement(spec: ShapeSpec): XmlElement {
  const { rect } = spec;
  const geometry =
    typeof spec.geometry === "string" ? presetGeometry(spec.geometry) : spec.geometry;
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
    spec.fill ? solidFill(spec.fill) : NO_FILL,
    spec.outline ? outline(spec.outline) : NO_LINE,
  );
  const nonVisual = element("wps:cNvPr", { id: spec.id, name: spec.name });
  if (!spec.text)
    return element("wps:wsp", {}, nonVisual, NON_VISUAL_SHAPE, properties, NO_TEXT_BODY);
  return element(
    "wps:wsp",
    {},
    nonVisual,
    NON_VISUAL_SHAPE,
    properties,
    element("wps:txbx", {}, element("w:txbxContent", {}, textParagraph(spec.text))),
    textBody(spec.text.margins),
  );
}

/** A custom geometry of straight pieces through `points` (pixels, relative to the shape's corner). */
export function polylineGeometry(
  points: readonly { x: number; y: number }[],
  rect: Rect,
): XmlElement {
  const path: XmlElement[] = [];
  points.forEach((point, index) => {
    const at = element("a:pt", { x: emu(point.x - rect.x), y: emu(point.y - rect.y) });
    path.push(element(index === 0 ? "a:moveTo" : "a:lnTo", {}, at));
  });
  return element(
    "a:custGeom",
    {},
    NO_ADJUSTMENTS,
    NO_GUIDES,
    NO_HANDLES,
    NO_CONNECTION_SITES,
    WHOLE_BOX_TEXT,
    element(
      "a:pathLst",
      {},
      element(
        "a:path",
        { w: Math.max(1, emu(rect.width)), h: Math.max(1, emu(rect.height)), fill: "none" },
        ...path,
      ),
    ),
  );
}

/** Built parts by what they depend on: a handful of presets, colours, outlines and margins. */
const presets = new Map<string, XmlElement>();
const fills = new Map<string, XmlElement>();
const outlines = new Map<string, XmlElement>();
const textBodies = new Map<string, XmlElement>();
const runProperties = new Map<string, XmlElement>();

/** Looks `key` up in `built`, building and keeping it the first time. */
function shared(built: Map<string, XmlElement>, key: string, build: () => XmlElement): XmlElement {
  let part = built.get(key);
  if (part === undefined) {
    part = build();
    built.set(key, part);
  }
  return part;
}

function presetGeometry(name: string): XmlElement {
  return shared(presets, name, () => element("a:prstGeom", { prst: name }, NO_ADJUSTMENTS));
}

function solidFill(color: string): XmlElement {
  return shared(fills, color, () =>
    element("a:solidFill", {}, element("a:srgbClr", { val: color })),
  );
}

function outline(line: Outline): XmlElement {
  return shared(outlines, `${line.color} ${line.points} ${line.arrow === true}`, () =>
    element(
      "a:ln",
      { w: Math.round(line.points * POINT_EMU) },
      solidFill(line.color),
      ...(line.arrow ? [element("a:tailEnd", { type: "triangle" })] : []),
    ),
  );
}

function textBody(margins: ShapeText["margins"]): XmlElement {
  return shared(textBodies, `${margins.x} ${margins.y}`, () =>
    element("wps:bodyPr", {
      wrap: "square",
      lIns: margins.x * POINT_EMU,
      tIns: margins.y * POINT_EMU,
      rIns: margins.x * POINT_EMU,
      bIns: margins.y * POINT_EMU,
      anchor: "ctr",
    }),
  );
}

function textParagraph(text: ShapeText): XmlElement {
  const size = String(Math.round(text.points * 2));
  const properties = shared(runProperties, size, () =>
    element("w:rPr", {}, element("w:sz", { "w:val": size }), element("w:szCs", { "w:val": size })),
  );
  const run: XmlElement[] = [properties];
  xmlSafeText(text.text)
    .split("\n")
    .forEach((line, index) => {
      if (index > 0) run.push(LINE_BREAK);
      run.push(element("w:t", { "xml:space": "preserve" }, line));
    });
  return element("w:p", {}, CENTRED_PARAGRAPH, element("w:r", {}, ...run));
}
