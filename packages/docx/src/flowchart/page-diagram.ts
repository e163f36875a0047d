import { END, type LayoutDiagram, type LayoutEdge, type LayoutNode } from "@quytrinh/core";
import type { FlowArrow, FlowGraph, FlowNode } from "./flow-graph.js";
import type { FlowPage } from "./paginate-flow.js";

/** A shape of one page of the flowchart: a node, or an off-page connector naming a step. */
export interface PageShape {
  id: string;
  kind: FlowNode["kind"] | "offPage";
  text: string;
  actor: string;
}

/** An arrow of one page, as laid out. */
export interface PageArrow extends FlowArrow {
  id: string;
  /** Laid out from `from` to `to` but pointing the other way. */
  reversed?: boolean;
}

/** One page of the flowchart ready for core's layout: its shapes, arrows and the layout's input. */
export interface PageDiagram {
  shapes: PageShape[];
  arrows: PageArrow[];
  diagram: LayoutDiagram;
}

/**
 * The shapes and arrows one page draws: its nodes in step order, the end terminal when an arrow
 * reaches it, and an off-page connector for each arrow to or from another page: below the step
 * it leaves, above the step it enters, or, for an arrow coming back from a later page, beside the
 * step it enters, so its line does not run down the lane into the arrows above that step. Arrows
 * to a step drawn earlier on the page are loops.
 */
export function pageDiagram(
  graph: FlowGraph,
  page: FlowPage,
  laneOf: (actor: string) => number,
  laneTitles: readonly string[],
): PageDiagram {
  const shapes: PageShape[] = [...page.nodes];
  const arrows: PageArrow[] = [];
  const { step, actorOf } = graphIndex(graph);
  const besideOf = new Map<string, string>();
  const taken = new Set<string>();
  const arrow = (from: string, to: string, label?: string, reversed = false) => {
    const each: PageArrow = { id: `arrow-${arrows.length + 1}`, from, to };
    if (label) each.label = label;
    if (reversed) each.reversed = reversed;
    arrows.push(each);
  };
  const goesBack = (link: FlowArrow) => (step.get(link.to) ?? 0) <= (step.get(link.from) ?? 0);
  const placeBeside = (id: string, of: string) => {
    if (taken.has(of)) return false;
    taken.add(of);
    besideOf.set(id, of);
    return true;
  };
  page.incoming.forEach((incoming, index) => {
    const id = `offpage-in-${index + 1}`;
    const actor = actorOf.get(incoming.to) ?? "";
    const connector: PageShape = { id, kind: "offPage", text: incoming.to, actor };
    if (goesBack(incoming) && placeBeside(id, incoming.to)) {
      shapes.push(connector);
      // Laid out from the step to its connector, drawn the other way round.
      arrow(incoming.to, id, undefined, true);
    } else {
      shapes.unshift(connector);
      arrow(id, incoming.to);
    }
  });
  for (const inner of page.arrows) arrow(inner.from, inner.to, inner.label);
  if (page.hasEnd && graph.end) shapes.push(graph.end);
  page.outgoing.forEach((outgoing, index) => {
    const id = `offpage-out-${index + 1}`;
    const actor = actorOf.get(outgoing.from) ?? "";
    shapes.push({ id, kind: "offPage", text: outgoing.to, actor });
    arrow(outgoing.from, id, outgoing.label);
  });
  const order = new Map(shapes.map((shape, index) => [shape.id, index]));
  const loops = new Set(
    arrows
      .filter(
        (each) =>
          !besideOf.has(each.to) &&
          each.to !== END &&
          (order.get(each.to) ?? 0) <= (order.get(each.from) ?? 0),
      )
      .map((each) => each.id),
  );
  const nodes = shapes.map((shape) => {
    const node: LayoutNode = { id: shape.id, kind: shape.kind, lane: laneOf(shape.actor) };
    const beside = besideOf.get(shape.id);
    if (beside !== undefined) node.besideOf = beside;
    return node;
  });
  const edges = arrows.map((each) => {
    const edge: LayoutEdge = {
      id: each.id,
      from: each.from,
      to: each.to,
      output: besideOf.has(each.to),
    };
    if (each.label) edge.label = each.label;
    return edge;
  });
  return { shapes, arrows, diagram: { lanes: [...laneTitles], nodes, edges, loops } };
}

/** Where each node comes in step order, and its actor. */
interface GraphIndex {
  step: Map<string, number>;
  actorOf: Map<string, string>;
}

/** Pagination builds many candidate pages of one graph: index it once. */
const indexes = new WeakMap<FlowGraph, GraphIndex>();

function graphIndex(graph: FlowGraph): GraphIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = {
      step: new Map(graph.nodes.map((node, position) => [node.id, position])),
      actorOf: new Map(graph.nodes.map((node) => [node.id, node.actor])),
    };
    indexes.set(graph, index);
  }
  return index;
}
