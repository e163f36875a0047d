import { xmlSafeText } from "../text/xml-safe-text.js";
import { DOCUMENT_GEOMETRY } from "./document-shape.js";
import {
  emu,
  type Outline,
  polylineGeometry,
  type Rect,
  type ShapeSpec,
  shapeElement,
} from "./drawing-shapes.js";
import { POINTS, TEXT_MARGIN_POINTS } from "./node-size.js";
import type { PageLayout, PlacedArrow, PlacedShape } from "./page-layout.js";
import { element, type XmlElement } from "./xml-element.js";

const BLACK = "000000";
const GREY = "808080";
const LANE_HEADER_FILL = "E7E6E6";
const LANE_OUTLINE: Outline = { color: GREY, points: 0.75 };
const SHAPE_OUTLINE: Outline = { color: BLACK, points: 1 };
const ARROW_OUTLINE: Outline = { color: BLACK, points: 1, arrow: true };
/** Lane titles are wrapped for 13 pt (see `planLanes`) and drawn at 12 pt, so they always fit. */
const HEADER_POINTS = 12;

const PRESET: Record<Exclude<PlacedShape["kind"], "document">, string> = {
  terminal: "flowChartTerminator",
  process: "flowChartProcess",
  decision: "flowChartDecision",
  offPage: "flowChartOffpageConnector",
};

/** Drawing ids, unique in a document as Word wants; counted across the process like docx does. */
let nextId = 1;

/** Names and description of a drawing for screen readers. */
export interface AltText {
  name: string;
  description: string;
}

/**
 * One page of the flowchart as an inline drawing: a group of lanes, shapes, arrows and labels at
 * the layout's coordinates, which Word 2010 and later edit as one diagram (or ungroup) and which
 * LibreOffice draws. (A Word drawing canvas would need the same shapes again as a group for
 * LibreOffice, doubling the document.)
 */
export function canvasDrawing(layout: PageLayout, alt: AltText): XmlElement {
  const size = { cx: emu(layout.width), cy: emu(layout.height) };
  const group = element(
    "wpg:wgp",
    {},
    element("wpg:cNvGrpSpPr"),
    element(
      "wpg:grpSpPr",
      {},
      element(
        "a:xfrm",
        {},
        element("a:off", { x: 0, y: 0 }),
        element("a:ext", size),
        element("a:chOff", { x: 0, y: 0 }),
        element("a:chExt", size),
      ),
    ),
    ...shapeSpecs(layout).map(shapeElement),
  );
  return element(
    "w:drawing",
    {},
    element(
      "wp:inline",
      { distT: 0, distB: 0, distL: 0, distR: 0 },
      element("wp:extent", size),
      element("wp:effectExtent", { l: 0, t: 0, r: 0, b: 0 }),
      element("wp:docPr", {
        id: nextId++,
        name: xmlSafeText(alt.name),
        descr: xmlSafeText(alt.description),
      }),
      element("wp:cNvGraphicFramePr"),
      element(
        "a:graphic",
        { "xmlns:a": "http://schemas.openxmlformats.org/drawingml/2006/main" },
        element(
          "a:graphicData",
          { uri: "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" },
          group,
        ),
      ),
    ),
  );
}

function shapeSpecs(layout: PageLayout): ShapeSpec[] {
  const specs: ShapeSpec[] = [];
  for (const lane of layout.lanes) {
    const rect = { x: lane.x, y: 0, width: lane.width, height: layout.height };
    specs.push({ id: nextId++, name: "Lane", rect, geometry: "rect", outline: LANE_OUTLINE });
    specs.push({
      id: nextId++,
      name: "Lane title",
      rect: { ...rect, height: layout.header },
      geometry: "rect",
      fill: LANE_HEADER_FILL,
      outline: LANE_OUTLINE,
      text: { text: lane.name, points: HEADER_POINTS, margins: { x: 2, y: 1 } },
    });
  }
  for (const arrow of layout.arrows) specs.push(arrowSpec(arrow, nextId++));
  for (const shape of layout.shapes) {
    specs.push({
      id: nextId++,
      name: shape.kind === "offPage" ? "Off-page connector" : `Step ${xmlSafeText(shape.id)}`,
      rect: { x: shape.x, y: shape.y, width: shape.size.width, height: shape.size.height },
      geometry: shape.kind === "document" ? DOCUMENT_GEOMETRY : PRESET[shape.kind],
      fill: "FFFFFF",
      outline: SHAPE_OUTLINE,
      text: {
        text: shape.size.lines.join(" "),
        points: shape.size.points,
        margins: { x: shape.kind === "decision" ? 1 : TEXT_MARGIN_POINTS, y: 1 },
      },
    });
  }
  for (const arrow of layout.arrows) {
    if (arrow.label && arrow.labelAt) specs.push(labelSpec(arrow.label, arrow.labelAt, nextId++));
  }
  return specs;
}

function arrowSpec(arrow: PlacedArrow, id: number): ShapeSpec {
  const [first] = arrow.points;
  const rect: Rect = { x: first?.x ?? 0, y: first?.y ?? 0, width: 0, height: 0 };
  let right = rect.x;
  let bottom = rect.y;
  for (const point of arrow.points) {
    rect.x = Math.min(rect.x, point.x);
    rect.y = Math.min(rect.y, point.y);
    right = Math.max(right, point.x);
    bottom = Math.max(bottom, point.y);
  }
  rect.width = right - rect.x;
  rect.height = bottom - rect.y;
  return {
    id,
    name: "Arrow",
    rect,
    geometry: polylineGeometry(arrow.points, rect),
    outline: ARROW_OUTLINE,
  };
}

/** A branch label: its text on white, centred on the point the layout chose along the arrow. */
function labelSpec(text: string, at: { x: number; y: number }, id: number): ShapeSpec {
  const width = Math.ceil([...text].length * POINTS.small * 0.6) + 8;
  const height = Math.ceil(POINTS.small * 1.6);
  return {
    id,
    name: "Label",
    rect: { x: at.x - width / 2, y: at.y - height / 2, width, height },
    geometry: "rect",
    fill: "FFFFFF",
    text: { text, points: POINTS.small, margins: { x: 0, y: 0 } },
  };
}
