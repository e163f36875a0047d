import type { CorridorPlan } from "./corridors.js";
import { type Box, CORRIDOR_GAP, LANE_MARGIN, LANE_PADDING, NODE_GAP } from "./geometry.js";
import type { LayoutDiagram } from "./layout-diagram.js";
import type { Ranking } from "./rank.js";

/** One lane's band across the diagram and where its shapes may sit. */
export interface LaneBand {
  a: number;
  sa: number;
  /** Across coordinates between which the lane's shapes sit; corridors lie outside them. */
  contentStart: number;
  contentEnd: number;
}

/** Where every shape and lane goes, in flow coordinates. */
export interface Placement {
  boxes: Map<string, Box>;
  lanes: LaneBand[];
  /** Size along the flow of the lanes' title strip (0 without lanes). */
  header: number;
  /** Size along the flow of the whole lane area. */
  along: number;
  /** Along coordinate where each row starts, and the row's size. */
  rows: { l: number; sl: number }[];
  /** Space between two rows. */
  rowGap: number;
}

/** How a renderer measures lane titles and rounds sizes, for `placeNodes`. */
export interface LaneMetrics {
  /** Narrowest a lane may be for its title alone (0: no minimum). */
  titleWidth(title: string): number;
  /** Size along the flow of the titles' strip, once each title is wrapped to its lane's width. */
  headerSize(titles: readonly string[], laneWidths: readonly number[]): number;
  /** Rounds a lane's width up (to draw.io's 10-point grid, say); identity for none. */
  round(size: number): number;
  /** Space between a lane's side and its shapes, before any corridor. Default: `LANE_MARGIN`. */
  margin?: number;
  /** Space between the lanes' titles and the first row, and after the last row. Default: `LANE_PADDING`. */
  padding?: number;
}

/**
 * Places each shape in its lane and row: rows as tall as their tallest shape, shapes sharing a lane
 * and row side by side with the middle one on the lane's axis (so arrows down a lane run straight),
 * a step's document just after it across, each lane as wide as its rows need on either side of
 * the axis plus margins for its corridors, everything on whole points.
 */
export function placeNodes(
  diagram: LayoutDiagram,
  ranking: Ranking,
  sizes: ReadonlyMap<string, { sa: number; sl: number }>,
  corridors: CorridorPlan,
  rowGap: number,
  metrics: LaneMetrics,
): Placement {
  const laneCount = Math.max(1, diagram.lanes.length);
  const margin = metrics.margin ?? LANE_MARGIN;
  const padding = metrics.padding ?? LANE_PADDING;
  const beside = new Map<string, string>();
  for (const node of diagram.nodes) if (node.besideOf) beside.set(node.besideOf, node.id);
  const cells = cellsOf(diagram, ranking, sizes, beside);
  let rowCount = 0;
  for (const cell of cells) rowCount = Math.max(rowCount, cell.row + 1);
  const rowSizes = Array.from({ length: rowCount }, () => 0);
  const before = Array.from({ length: laneCount }, () => 0);
  const after = Array.from({ length: laneCount }, () => 0);
  for (const { row, lane, slots, anchor, width } of cells) {
    for (const slot of slots) rowSizes[row] = Math.max(rowSizes[row] ?? 0, slot.sl);
    before[lane] = Math.max(before[lane] ?? 0, anchor);
    after[lane] = Math.max(after[lane] ?? 0, width - anchor);
  }
  const content = before.map((width, lane) => width + (after[lane] ?? 0));

  const lanes: LaneBand[] = [];
  let across = 0;
  for (let lane = 0; lane < laneCount; lane++) {
    const before = margin + CORRIDOR_GAP * corridors.count(lane, "before");
    const after = margin + CORRIDOR_GAP * corridors.count(lane, "after");
    const title = diagram.lanes[lane];
    const titleMin = title === undefined ? 0 : metrics.titleWidth(title);
    const sa = Math.max(titleMin, metrics.round(before + (content[lane] ?? 0) + after));
    lanes.push({ a: across, sa, contentStart: across + before, contentEnd: across + sa - after });
    across += sa;
  }
  const header =
    diagram.lanes.length === 0
      ? 0
      : metrics.headerSize(
          diagram.lanes,
          lanes.map((band) => band.sa),
        );

  const rows: { l: number; sl: number }[] = [];
  let along = header + padding;
  for (const sl of rowSizes) {
    rows.push({ l: along, sl });
    along += sl + rowGap;
  }
  along += padding - (rowCount > 0 ? rowGap : 0);

  const axes = lanes.map(
    (band, lane) =>
      band.contentStart +
      (band.contentEnd - band.contentStart - (before[lane] ?? 0) - (after[lane] ?? 0)) / 2 +
      (before[lane] ?? 0),
  );
  const boxes = boxesOf(cells, axes, rows, sizes, beside);
  return { boxes, lanes, header, along, rows, rowGap };
}

const NO_SIZE = { sa: 0, sl: 0 };

/**
 * Each shape's box: the cells hang from their lane's axis (across coordinate by lane) by their
 * anchors, centred along their row, with each document just after its step.
 */
function boxesOf(
  cells: readonly Cell[],
  axes: readonly number[],
  rows: readonly { l: number; sl: number }[],
  sizes: ReadonlyMap<string, { sa: number; sl: number }>,
  beside: ReadonlyMap<string, string>,
): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const { row, lane, ids, slots, anchor } of cells) {
    const axis = axes[lane];
    const line = rows[row];
    if (axis === undefined || !line) continue;
    let a = Math.round(axis - anchor);
    ids.forEach((id, index) => {
      const own = sizes.get(id) ?? NO_SIZE;
      boxes.set(id, boxInRow(a, line, own));
      const doc = beside.get(id);
      if (doc !== undefined) {
        boxes.set(doc, boxInRow(a + own.sa + NODE_GAP, line, sizes.get(doc) ?? NO_SIZE));
      }
      a += (slots[index]?.sa ?? 0) + NODE_GAP;
    });
  }
  return boxes;
}

/** A box at `a` across, centred along its row. */
function boxInRow(
  a: number,
  row: { l: number; sl: number },
  size: { sa: number; sl: number },
): Box {
  return { a, l: Math.round(row.l + (row.sl - size.sl) / 2), sa: size.sa, sl: size.sl };
}

/** The shapes of one lane in one row, side by side, with what placing them needs. */
interface Cell {
  row: number;
  lane: number;
  ids: string[];
  /** Room each shape takes across and along, with its document beside it. */
  slots: { sa: number; sl: number }[];
  /** Where the cell hangs on its lane's axis, from its before side. */
  anchor: number;
  /** Size across of the whole cell. */
  width: number;
}

/** The cells of the flow's shapes (not documents), in order of their first shape. */
function cellsOf(
  diagram: LayoutDiagram,
  ranking: Ranking,
  sizes: ReadonlyMap<string, { sa: number; sl: number }>,
  beside: ReadonlyMap<string, string>,
): Cell[] {
  const byKey = new Map<string, Cell>();
  for (const node of diagram.nodes) {
    if (node.besideOf !== undefined) continue;
    const row = ranking.rank.get(node.id) ?? 0;
    const key = `${row}:${node.lane}`;
    let cell = byKey.get(key);
    if (!cell) {
      cell = { row, lane: node.lane, ids: [], slots: [], anchor: 0, width: 0 };
      byKey.set(key, cell);
    }
    const own = sizes.get(node.id) ?? NO_SIZE;
    const doc = beside.get(node.id);
    const other = doc === undefined ? undefined : (sizes.get(doc) ?? NO_SIZE);
    cell.ids.push(node.id);
    cell.slots.push(
      other ? { sa: own.sa + NODE_GAP + other.sa, sl: Math.max(own.sl, other.sl) } : own,
    );
  }
  const cells = [...byKey.values()];
  for (const cell of cells) {
    cell.width =
      cell.slots.reduce((sum, slot) => sum + slot.sa, 0) +
      NODE_GAP * Math.max(0, cell.ids.length - 1);
    cell.anchor = anchorOf(cell.ids, cell.slots, sizes);
  }
  return cells;
}

/** Each cell hangs on its anchor: the middle shape's centre (the gap's middle for an even count). */
function anchorOf(
  ids: readonly string[],
  slots: readonly { sa: number }[],
  sizes: ReadonlyMap<string, { sa: number; sl: number }>,
): number {
  const middle = (ids.length - 1) / 2;
  let start = 0;
  let found = 0;
  ids.forEach((id, index) => {
    const slot = slots[index]?.sa ?? 0;
    if (index === middle) found = start + (sizes.get(id) ?? NO_SIZE).sa / 2;
    if (index === Math.floor(middle) && middle % 1 !== 0) found = start + slot + NODE_GAP / 2;
    start += slot + NODE_GAP;
  });
  return found;
}
