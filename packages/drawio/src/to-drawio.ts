import type { Procedure } from "@quytrinh/core";
import { buildDiagram } from "./build-diagram.js";
import { htmlLabel, labelText } from "./escape/html-label.js";
import { SHAPES } from "./handlers/shape-handlers.js";
import { planCorridors } from "./layout/corridors.js";
import { rowGap } from "./layout/geometry.js";
import { placeNodes } from "./layout/place-nodes.js";
import { rankNodes } from "./layout/rank.js";
import { routeEdges } from "./layout/route-edges.js";
import { pointOnPage, rectOnPage } from "./layout/to-page.js";
import { messagesFor } from "./messages.js";
import { resolveOptions, type ToDrawioOptions } from "./options.js";
import { EDGE_STYLE, LINK_STYLE, laneStyle, TITLE_HEIGHT, TITLE_STYLE } from "./styles.js";
import { edgeCell, type Rect, vertexCell } from "./write/mx-cells.js";
import { mxFile } from "./write/mx-file.js";

/**
 * Draws a procedure as an uncompressed draw.io (diagrams.net) document, laid out and ready to open:
 * a swimlane per responsible actor, terminals, process boxes, decision diamonds with labelled
 * branches, loops routed round the side, and optionally the forms each step produces.
 * Pure and deterministic: the same model and options always give the same text.
 */
export function toDrawio(procedure: Procedure, options?: ToDrawioOptions): string {
  if (typeof procedure !== "object" || procedure === null || !Array.isArray(procedure.steps)) {
    throw new TypeError("toDrawio expects a procedure model (see @quytrinh/core ProcedureSchema)");
  }
  const opts = resolveOptions(options);
  const direction = opts.direction;
  const diagram = buildDiagram(procedure, opts);
  const ranking = rankNodes(diagram);
  const pageSizes = new Map(
    diagram.nodes.map((node) => [node.id, SHAPES[node.kind].size(labelText(node.text))]),
  );
  const flowSizes = new Map(
    [...pageSizes].map(([id, size]) => [
      id,
      direction === "TD"
        ? { sa: size.width, sl: size.height }
        : { sa: size.height, sl: size.width },
    ]),
  );
  const corridors = planCorridors(diagram, ranking);
  const placement = placeNodes(diagram, ranking, flowSizes, corridors, rowGap(direction));
  const routes = routeEdges(diagram, ranking, placement, corridors);

  const title = labelText(opts.title ?? procedure.control?.title ?? "").trim();
  const top = title === "" ? 0 : TITLE_HEIGHT;
  const laneRects: Rect[] = placement.lanes.map((band) =>
    rectOnPage({ a: band.a, l: 0, sa: band.sa, sl: placement.along }, direction, top),
  );
  const width = Math.max(0, ...laneRects.map((rect) => rect.x + rect.width));
  const cells: string[] = [];
  if (top > 0) {
    cells.push(
      ...vertexCell({
        id: "title",
        parent: "1",
        value: htmlLabel(title),
        style: TITLE_STYLE,
        geometry: { x: 0, y: 0, width, height: TITLE_HEIGHT },
      }),
    );
  }
  const lanesOn = diagram.lanes.length > 0;
  const lanesToDraw = lanesOn ? laneRects : [{ x: 0, y: 0, width: 0, height: 0 }];
  lanesToDraw.forEach((laneRect, lane) => {
    const laneId = `lane-${lane + 1}`;
    if (lanesOn) {
      cells.push(
        ...vertexCell({
          id: laneId,
          parent: "1",
          value: htmlLabel(diagram.lanes[lane] ?? ""),
          style: laneStyle(direction, placement.header),
          geometry: laneRect,
        }),
      );
    }
    for (const node of diagram.nodes) {
      const box = placement.boxes.get(node.id);
      const size = pageSizes.get(node.id);
      if (node.lane !== lane || !box || !size) continue;
      const page = rectOnPage(box, direction, top);
      const geometry = lanesOn ? { ...page, x: page.x - laneRect.x, y: page.y - laneRect.y } : page;
      cells.push(
        ...vertexCell({
          id: node.id,
          parent: lanesOn ? laneId : "1",
          value: htmlLabel(node.text),
          style: SHAPES[node.kind].style(size),
          geometry,
        }),
      );
    }
  });
  for (const edge of diagram.edges) {
    const route = routes.get(edge.id);
    if (!route) continue;
    const exit = pointOnPage(route.exit, direction);
    const entry = pointOnPage(route.entry, direction);
    const ports = `exitX=${exit.x};exitY=${exit.y};exitDx=0;exitDy=0;entryX=${entry.x};entryY=${entry.y};entryDx=0;entryDy=0;`;
    cells.push(
      ...edgeCell({
        id: edge.id,
        value: edge.label === undefined ? "" : htmlLabel(edge.label),
        style: `${edge.output ? LINK_STYLE : EDGE_STYLE}${ports}`,
        source: edge.from,
        target: edge.to,
        points: route.points.map((point) => pointOnPage(point, direction, top)),
        ...(edge.label === undefined ? {} : { labelAt: route.labelAt }),
      }),
    );
  }
  const name = title === "" ? messagesFor(opts.lang).untitled : title;
  return mxFile(name, cells, width);
}
