import { END } from "@quytrinh/core";
import type { FlowArrow, FlowGraph, FlowNode } from "./flow-graph.js";

/** One page of a flowchart: its nodes, the arrows between them, and the arrows to and from other pages. */
export interface FlowPage {
  nodes: FlowNode[];
  arrows: FlowArrow[];
  /** Arrows from a node on this page to a node on another page. */
  outgoing: FlowArrow[];
  /** Arrows from a node on another page to a node on this page. */
  incoming: FlowArrow[];
  /** Whether this page draws the end terminal. */
  hasEnd: boolean;
}

/** Estimates the height in pixels a page of these nodes takes. */
export type PageHeight = (page: FlowPage) => number;

/**
 * Splits the flowchart into pages no taller than `maxHeight` of their index, in step order, so each page can be
 * drawn at full size; arrows between pages become off-page connectors. Each page takes as many
 * of the next nodes as fit (at least one). The end terminal is drawn on every page that has an
 * arrow to it. Measuring a page means laying it out, so the search for each page's length starts
 * from the previous page's and moves one node at a time: two or three measures a page.
 */
export function paginateFlow(
  graph: FlowGraph,
  maxHeight: (page: number) => number,
  height: PageHeight,
): FlowPage[] {
  const pages: FlowPage[] = [];
  const nodes = graph.nodes;
  let start = 0;
  let guess = 8;
  while (start < nodes.length) {
    const limit = maxHeight(pages.length);
    const fits = (count: number) =>
      count <= 1 || height(pageOf(graph, nodes.slice(start, start + count))) <= limit;
    const left = nodes.length - start;
    let count = Math.min(guess, left);
    if (fits(count)) {
      while (count < left && fits(count + 1)) count += 1;
    } else {
      do count -= 1;
      while (!fits(count));
    }
    pages.push(pageOf(graph, nodes.slice(start, start + count)));
    start += count;
    guess = count;
  }
  return pages;
}

function pageOf(graph: FlowGraph, nodes: FlowNode[]): FlowPage {
  const here = new Set(nodes.map((node) => node.id));
  const page: FlowPage = { nodes, arrows: [], outgoing: [], incoming: [], hasEnd: false };
  for (const arrow of graph.arrows) {
    const fromHere = here.has(arrow.from);
    const toHere = here.has(arrow.to) || arrow.to === END;
    if (fromHere && toHere) page.arrows.push(arrow);
    else if (fromHere) page.outgoing.push(arrow);
    else if (here.has(arrow.to)) page.incoming.push(arrow);
    if (fromHere && arrow.to === END) page.hasEnd = true;
  }
  return page;
}
