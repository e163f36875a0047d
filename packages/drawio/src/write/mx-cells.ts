import type { Attributes } from "./xml-element.js";
import { xmlElement } from "./xml-element.js";

/** A rectangle on the page, in draw.io units, relative to the cell's parent. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A point on the page, in draw.io units. */
export interface PagePoint {
  x: number;
  y: number;
}

/** A shape or container: its label is HTML (`html=1` in its style), already escaped as HTML. */
export interface VertexCell {
  id: string;
  parent: string;
  value: string;
  style: string;
  geometry: Rect;
}

/** An arrow between two cells, with its bends in page coordinates. */
export interface EdgeCell {
  id: string;
  value: string;
  style: string;
  source: string;
  target: string;
  points: readonly PagePoint[];
  /** Where the label sits along the arrow, -1 (source) to 1 (target); draw.io's default is 0. */
  labelAt?: number;
}

/** The `<mxCell vertex="1">` of a shape or lane, with its `<mxGeometry>`. */
export function vertexCell(cell: VertexCell): string[] {
  const { x, y, width, height } = cell.geometry;
  const geometry: Attributes = [
    ["x", x],
    ["y", y],
    ["width", width],
    ["height", height],
    ["as", "geometry"],
  ];
  return xmlElement(
    "mxCell",
    [
      ["id", cell.id],
      ["value", cell.value],
      ["style", cell.style],
      ["vertex", "1"],
      ["parent", cell.parent],
    ],
    xmlElement("mxGeometry", geometry),
  );
}

/** The `<mxCell edge="1">` of an arrow; its parent is the default layer, so bends are page coordinates. */
export function edgeCell(cell: EdgeCell): string[] {
  const points = cell.points.map((point) =>
    xmlElement("mxPoint", [
      ["x", point.x],
      ["y", point.y],
    ]),
  );
  const geometry = xmlElement(
    "mxGeometry",
    [
      ["x", cell.labelAt === 0 ? undefined : cell.labelAt],
      ["relative", "1"],
      ["as", "geometry"],
    ],
    points.length > 0 ? xmlElement("Array", [["as", "points"]], points.flat()) : [],
  );
  return xmlElement(
    "mxCell",
    [
      ["id", cell.id],
      ["value", cell.value],
      ["style", cell.style],
      ["edge", "1"],
      ["parent", "1"],
      ["source", cell.source],
      ["target", cell.target],
    ],
    geometry,
  );
}
