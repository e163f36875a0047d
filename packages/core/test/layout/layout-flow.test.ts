import { describe, expect, test } from "vitest";
import type { LayoutDiagram } from "../../src/layout/layout-diagram.js";
import { layoutFlow } from "../../src/layout/layout-flow.js";
import type { LaneMetrics } from "../../src/layout/place-nodes.js";
import { rankNodes } from "../../src/layout/rank.js";

/** A diagram in one lane from `from>to` pairs; `loops` names arrows known to go back. */
function diagramOf(nodes: string[], arrows: string[], loops: string[] = []): LayoutDiagram {
  return {
    lanes: [],
    nodes: nodes.map((id) => ({ id, kind: "process", lane: 0 })),
    edges: arrows.map((arrow) => {
      const [from = "", to = ""] = arrow.split(">");
      return { id: arrow, from, to, output: false };
    }),
    loops: new Set(loops),
  };
}

const METRICS: LaneMetrics = { titleWidth: () => 0, headerSize: () => 0, round: Math.ceil };

describe("rankNodes", () => {
  test("puts each shape one row below its lowest source", () => {
    const diagram = diagramOf(["A", "B", "C", "D"], ["A>B", "A>C", "B>C", "C>D"]);
    expect([...rankNodes(diagram).rank]).toEqual([
      ["A", 0],
      ["B", 1],
      ["C", 2],
      ["D", 3],
    ]);
  });

  test("leaves known loops out of the rows", () => {
    const diagram = diagramOf(["A", "B", "C"], ["A>B", "B>C", "C>A"], ["C>A"]);
    const ranking = rankNodes(diagram);
    expect([...ranking.rank.values()]).toEqual([0, 1, 2]);
    expect([...ranking.loops]).toEqual(["C>A"]);
  });

  test("cuts a cycle the start cannot reach at its earliest shape in table order", () => {
    const diagram = diagramOf(["A", "B", "C"], ["B>C", "C>B"]);
    const ranking = rankNodes(diagram);
    expect([...ranking.loops]).toEqual(["C>B"]);
    expect(Object.fromEntries(ranking.rank)).toEqual({ A: 0, B: 0, C: 1 });
  });

  test("gives a document its step's row", () => {
    const diagram = diagramOf(["A", "B"], ["A>B"]);
    diagram.nodes.push({ id: "D", kind: "document", lane: 0, besideOf: "B" });
    expect(rankNodes(diagram).rank.get("D")).toBe(1);
  });
});

describe("layoutFlow", () => {
  const sizes = (ids: string[]) => new Map(ids.map((id) => [id, { sa: 100, sl: 40 }]));

  test("centres shapes sharing a row on the lane's axis, the gap's middle for an even count", () => {
    const diagram = diagramOf(["A", "B", "C"], ["A>B", "A>C"]);
    const { placement } = layoutFlow(diagram, sizes(["A", "B", "C"]), {
      rowGap: 40,
      metrics: METRICS,
    });
    const centre = (id: string) => {
      const box = placement.boxes.get(id);
      return box ? box.a + box.sa / 2 : Number.NaN;
    };
    expect(centre("A")).toBe((centre("B") + centre("C")) / 2);
    expect(placement.boxes.get("C")?.a).toBe((placement.boxes.get("B")?.a ?? 0) + 100 + 30);
  });

  test("routes a loop round the shapes between its ends, clear of them", () => {
    const diagram = diagramOf(["A", "B", "C"], ["A>B", "B>C", "C>A"], ["C>A"]);
    const { placement, routes } = layoutFlow(diagram, sizes(["A", "B", "C"]), {
      rowGap: 40,
      metrics: METRICS,
    });
    const path = routes.get("C>A")?.path ?? [];
    const middle = placement.boxes.get("B");
    if (!middle) throw new Error("no box for B");
    const through = path.slice(1).some((end, index) => {
      const start = path[index] ?? end;
      return (
        Math.max(start.a, end.a) > middle.a &&
        Math.min(start.a, end.a) < middle.a + middle.sa &&
        Math.max(start.l, end.l) > middle.l &&
        Math.min(start.l, end.l) < middle.l + middle.sl
      );
    });
    expect(path.length).toBeGreaterThan(2);
    expect(through).toBe(false);
  });

  test("an arrow to the next row of its lane goes straight down, bottom to top", () => {
    const diagram = diagramOf(["A", "B"], ["A>B"]);
    const { routes } = layoutFlow(diagram, sizes(["A", "B"]), { rowGap: 40, metrics: METRICS });
    expect(routes.get("A>B")?.points).toEqual([]);
    expect(routes.get("A>B")?.exit).toEqual({ a: 0.5, l: 1 });
    expect(routes.get("A>B")?.entry).toEqual({ a: 0.5, l: 0 });
  });
});
