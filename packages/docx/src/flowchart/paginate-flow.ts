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
 * Splits the flowchart into pages no taller than `maxHeight`, in step order, so each page can be
 * drawn at full size; arrows between pages become off-page connectors. Each page holds at least
 * one node. The end terminal is drawn on every page that has an arrow to it.
 */
export function paginateFlow(graph: FlowGraph, maxHeight: number, height: PageHeight): FlowPage[] {
  const pages: FlowPage[] = [];
  let current: FlowNode[] = [];
  for (const node of graph.nodes) {
    const candidate = [...current, node];
    if (current.length > 0 && height(pageOf(graph, candidate)) > maxHeight) {
      pages.push(pageOf(graph, current));
      current = [node];
    } else {
      current = candidate;
    }
  }
  if (current.length > 0) pages.push(pageOf(graph, current));
  return pages;
}

function pageOf(graph: FlowGraph, nodes: FlowNode[]): FlowPage {
  const here = new Set(nodes.map((node) => node.id));
  const isHere = (id: string) => here.has(id) || id === END;
  return {
    nodes,
    arrows: graph.arrows.filter((arrow) => here.has(arrow.from) && isHere(arrow.to)),
    outgoing: graph.arrows.filter((arrow) => here.has(arrow.from) && !isHere(arrow.to)),
    incoming: graph.arrows.filter((arrow) => !here.has(arrow.from) && here.has(arrow.to)),
    hasEnd: graph.arrows.some((arrow) => here.has(arrow.from) && arrow.to === END),
  };
}
