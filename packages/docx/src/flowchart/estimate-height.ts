import { END } from "@quytrinh/core";
import type { FlowPage } from "./paginate-flow.js";

/** Extra room per level for branch labels and rounding in the layout, in pixels. */
const SLACK = 4;

/**
 * Estimates a page's canvas height the way the flow layout stacks it: each node one level below
 * the furthest earlier node that points to it (arrows back up are loops and take no level), each
 * level as tall as its tallest node plus the level spacing, and the lane headers on top.
 */
export function estimateHeight(
  page: FlowPage,
  heightOf: (id: string) => number,
  offPageHeight: number,
  header: number,
  levelSpacing: number,
): number {
  const order = new Map(page.nodes.map((node, index) => [node.id, index]));
  const levels = new Map<string, number>();
  const tallest: number[] = [];
  const place = (id: string, level: number, height: number) => {
    levels.set(id, level);
    tallest[level] = Math.max(tallest[level] ?? 0, height);
  };
  const incoming = page.incoming.length > 0;
  if (incoming) place("\u0000in", 0, offPageHeight);
  for (const node of page.nodes) {
    const index = order.get(node.id) ?? 0;
    const before = page.arrows
      .filter((arrow) => arrow.to === node.id && (order.get(arrow.from) ?? index) < index)
      .map((arrow) => (levels.get(arrow.from) ?? 0) + 1);
    const fromOtherPage = page.incoming.some((arrow) => arrow.to === node.id) ? 1 : 0;
    place(
      node.id,
      Math.max(incoming && index === 0 ? 1 : 0, fromOtherPage, ...before),
      heightOf(node.id),
    );
  }
  const after = (from: string) => (levels.get(from) ?? 0) + 1;
  for (const arrow of page.outgoing)
    place(`\u0000out${arrow.from}`, after(arrow.from), offPageHeight);
  const toEnd = page.arrows.filter((arrow) => arrow.to === END).map((arrow) => after(arrow.from));
  if (toEnd.length > 0) place(END, Math.max(...toEnd), heightOf(END));
  const body = tallest.reduce((sum, height) => sum + (height ?? 0) + levelSpacing + SLACK, 0);
  return header + levelSpacing + body;
}
