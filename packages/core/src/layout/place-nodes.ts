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
  const size = (id: string) => sizes.get(id) ?? { sa: 0, sl: 0 };
  const slot = (id: string) => {
    const own = size(id);
    const doc = beside.get(id);
    if (doc === undefined) return own;
    const other = size(doc);
    return { sa: own.sa + NODE_GAP + other.sa, sl: Math.max(own.sl, other.sl) };
  };
  const flow = diagram.nodes.filter((node) => node.besideOf === undefined);
  const rowCount = Math.max(0, ...flow.map((node) => (ranking.rank.get(node.id) ?? 0) + 1));
  const cells = new Map<string, string[]>();
  for (const node of flow) {
    const key = `${ranking.rank.get(node.id) ?? 0}:${node.lane}`;
    cells.set(key, [...(cells.get(key) ?? []), node.id]);
  }
  const cellWidth = (ids: readonly string[]) =>
    ids.reduce((sum, id) => sum + slot(id).sa, 0) + NODE_GAP * Math.max(0, ids.length - 1);

  // Each cell hangs on its anchor: the middle shape's centre (the gap's middle for an even count).
  const anchor = (ids: readonly string[]) => {
    const middle = (ids.length - 1) / 2;
    let start = 0;
    let found = 0;
    ids.forEach((id, index) => {
      const own = size(id).sa;
      if (index === middle) found = start + own / 2;
      if (index === Math.floor(middle) && middle % 1 !== 0) {
        found = start + slot(id).sa + NODE_GAP / 2;
      }
      start += slot(id).sa + NODE_GAP;
    });
    return found;
  };
  const rowSizes = Array.from({ length: rowCount }, () => 0);
  const before = Array.from({ length: laneCount }, () => 0);
  const after = Array.from({ length: laneCount }, () => 0);
  for (const [key, ids] of cells) {
    const [row = 0, lane = 0] = key.split(":").map(Number);
    for (const id of ids) rowSizes[row] = Math.max(rowSizes[row] ?? 0, slot(id).sl);
    before[lane] = Math.max(before[lane] ?? 0, anchor(ids));
    after[lane] = Math.max(after[lane] ?? 0, cellWidth(ids) - anchor(ids));
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

  const boxes = new Map<string, Box>();
  for (const [key, ids] of cells) {
    const [row = 0, lane = 0] = key.split(":").map(Number);
    const band = lanes[lane];
    const line = rows[row];
    if (!band || !line) continue;
    const room = band.contentEnd - band.contentStart;
    const axis =
      band.contentStart +
      (room - (before[lane] ?? 0) - (after[lane] ?? 0)) / 2 +
      (before[lane] ?? 0);
    let a = Math.round(axis - anchor(ids));
    for (const id of ids) {
      const own = size(id);
      boxes.set(id, { a, l: Math.round(line.l + (line.sl - own.sl) / 2), ...own });
      const doc = beside.get(id);
      if (doc !== undefined) {
        const other = size(doc);
        const docA = a + own.sa + NODE_GAP;
        boxes.set(doc, { a: docA, l: Math.round(line.l + (line.sl - other.sl) / 2), ...other });
      }
      a += slot(id).sa + NODE_GAP;
    }
  }
  return { boxes, lanes, header, along, rows, rowGap };
}
