import type { Procedure } from "@quytrinh/core";
import { describe, expect, test } from "vitest";
import { flowGraph } from "../src/flowchart/flow-graph.js";
import { CANVAS_WIDTH, planLanes } from "../src/flowchart/flowchart-lanes.js";
import { MAX_CANVAS_HEIGHT } from "../src/flowchart/native-flowchart.js";
import {
  estimatePageHeight,
  layoutPage,
  type PageLayout,
  type PlacedShape,
} from "../src/flowchart/page-layout.js";
import { paginateFlow } from "../src/flowchart/paginate-flow.js";
import { labelsFor } from "../src/labels.js";
import { khaiSinh } from "./models/khai-sinh.js";
import { largeProcedure } from "./models/large-procedure.js";

/** A procedure's flow graph, its lanes and its pages as `flowchartParagraphs` cuts them. */
function paginated(procedure: Procedure) {
  const graph = flowGraph(procedure, labelsFor("vi"));
  const lanes = planLanes(graph.actors);
  const pages = paginateFlow(
    graph,
    () => MAX_CANVAS_HEIGHT.next,
    (page) => layoutPage(graph, page, lanes).height,
  );
  return { graph, lanes, pages };
}

function pageLayouts(procedure: Procedure): PageLayout[] {
  const { graph, lanes, pages } = paginated(procedure);
  return pages.map((page) => layoutPage(graph, page, lanes));
}

/** Whether an axis-parallel segment runs through the inside of a shape (1 px in from its edges). */
function crosses(
  start: { x: number; y: number },
  end: { x: number; y: number },
  shape: PlacedShape,
) {
  const left = shape.x + 1;
  const right = shape.x + shape.size.width - 1;
  const top = shape.y + 1;
  const bottom = shape.y + shape.size.height - 1;
  return (
    Math.max(start.x, end.x) > left &&
    Math.min(start.x, end.x) < right &&
    Math.max(start.y, end.y) > top &&
    Math.min(start.y, end.y) < bottom
  );
}

const cases: [string, Procedure][] = [
  ["birth registration", khaiSinh()],
  ["60 steps in 4 lanes", largeProcedure(60)],
  ["20 steps, 7 actors, no lanes", largeProcedure(20, 7)],
];

describe("flowchart page layout", () => {
  for (const [name, procedure] of cases) {
    test(`${name}: no arrow runs through a shape`, () => {
      const through = pageLayouts(procedure).flatMap((layout) =>
        layout.arrows.flatMap((arrow) =>
          arrow.points.slice(1).flatMap((end, index) => {
            const start = arrow.points[index] ?? end;
            return layout.shapes
              .filter((shape) => crosses(start, end, shape))
              .map((shape) => `${arrow.from}→${arrow.to} through ${shape.id}`);
          }),
        ),
      );
      expect(through).toEqual([]);
    });

    test(`${name}: arrows are right-angled and every shape sits inside the canvas and its lane`, () => {
      for (const layout of pageLayouts(procedure)) {
        expect(layout.width).toBeLessThanOrEqual(CANVAS_WIDTH + 1);
        for (const arrow of layout.arrows) {
          arrow.points.slice(1).forEach((end, index) => {
            const start = arrow.points[index] ?? end;
            expect(start.x === end.x || start.y === end.y).toBe(true);
          });
        }
        for (const shape of layout.shapes) {
          expect(shape.x).toBeGreaterThanOrEqual(0);
          expect(shape.x + shape.size.width).toBeLessThanOrEqual(layout.width);
          expect(shape.y + shape.size.height).toBeLessThanOrEqual(layout.height);
          const lane = layout.lanes.find(
            (each) => shape.x >= each.x && shape.x < each.x + each.width,
          );
          if (layout.lanes.length > 0)
            expect(shape.x + shape.size.width).toBeLessThanOrEqual(
              (lane?.x ?? 0) + (lane?.width ?? 0),
            );
        }
      }
    });
  }

  test("each arrow starts on its source's outline and ends on its target's", () => {
    for (const layout of pageLayouts(largeProcedure(60))) {
      const byId = new Map(layout.shapes.map((shape) => [shape.id, shape]));
      const onOutline = (point: { x: number; y: number } | undefined, id: string) => {
        const shape = byId.get(id);
        if (!shape || !point) return false;
        const { x, y, size } = shape;
        const withinX = point.x >= x - 0.5 && point.x <= x + size.width + 0.5;
        const withinY = point.y >= y - 0.5 && point.y <= y + size.height + 0.5;
        const onSide =
          Math.abs(point.x - x) < 0.5 ||
          Math.abs(point.x - x - size.width) < 0.5 ||
          Math.abs(point.y - y) < 0.5 ||
          Math.abs(point.y - y - size.height) < 0.5;
        return withinX && withinY && onSide;
      };
      for (const arrow of layout.arrows) {
        const [source, target] = arrow.reversed ? [arrow.to, arrow.from] : [arrow.from, arrow.to];
        expect([arrow.id, onOutline(arrow.points[0], source)]).toEqual([arrow.id, true]);
        expect([arrow.id, onOutline(arrow.points.at(-1), target)]).toEqual([arrow.id, true]);
      }
    }
  });

  test("a page the pagination measured is laid out again for another lane plan", () => {
    const graph = flowGraph(khaiSinh(), labelsFor("vi"));
    const [page] = paginateFlow(
      graph,
      () => Number.POSITIVE_INFINITY,
      () => 0,
    );
    if (!page) throw new Error("no page");
    const withLanes = layoutPage(graph, page, planLanes(graph.actors));
    const withoutLanes = layoutPage(graph, page, planLanes([]));
    expect(withLanes.lanes.length).toBeGreaterThan(1);
    expect(withoutLanes).toEqual(layoutPage(graph, { ...page }, planLanes([])));
    expect(withoutLanes.lanes).toEqual([]);
  });

  test("the quick estimate of a page is never taller than its layout", () => {
    for (const [, procedure] of cases) {
      const { graph, lanes, pages } = paginated(procedure);
      for (const page of pages) {
        const estimate = estimatePageHeight(graph, page, lanes);
        expect(estimate).toBeLessThanOrEqual(layoutPage(graph, page, lanes).height);
      }
    }
  });
});
