import type { Box, Cell, Drawing } from "./read-drawio.js";

/** The shapes of the flow: vertices that are neither lanes nor the title. */
export function shapes(drawing: Drawing): Cell[] {
  return drawing.cells.filter(
    (cell) => cell.kind === "vertex" && !cell.style.has("swimlane") && cell.id !== "title",
  );
}

/** The swimlane containers. */
export function lanes(drawing: Drawing): Cell[] {
  return drawing.cells.filter((cell) => cell.kind === "vertex" && cell.style.has("swimlane"));
}

/** The arrows. */
export function edges(drawing: Drawing): Cell[] {
  return drawing.cells.filter((cell) => cell.kind === "edge");
}

/** Whether two boxes share some area (touching sides do not count). */
export function overlap(first: Box, second: Box): boolean {
  return (
    first.x < second.x + second.width &&
    second.x < first.x + first.width &&
    first.y < second.y + second.height &&
    second.y < first.y + first.height
  );
}

/** Children that stick out of their lane or into its title strip, as messages. */
export function outsideLanes(drawing: Drawing): string[] {
  const problems: string[] = [];
  for (const cell of shapes(drawing)) {
    const lane = cell.parent === undefined ? undefined : drawing.byId.get(cell.parent);
    if (!lane?.style.has("swimlane") || !cell.geometry || !lane.geometry) continue;
    const header = Number(lane.style.get("startSize") ?? "0");
    const across = lane.style.get("horizontal") === "0";
    const { x, y, width, height } = cell.geometry;
    const inside =
      x >= (across ? header : 0) &&
      y >= (across ? 0 : header) &&
      x + width <= lane.geometry.width &&
      y + height <= lane.geometry.height;
    if (!inside) problems.push(`${cell.id} is outside ${lane.id}`);
  }
  return problems;
}

/** Pairs of boxes among `cells` that overlap, as messages. */
export function overlaps(cells: readonly Cell[]): string[] {
  const problems: string[] = [];
  cells.forEach((cell, index) => {
    for (const other of cells.slice(index + 1)) {
      if (cell.box && other.box && overlap(cell.box, other.box)) {
        problems.push(`${cell.id} overlaps ${other.id}`);
      }
    }
  });
  return problems;
}

/** Where an arrow leaves or enters a box, from `exitX`/`exitY` (or `entryX`/`entryY`) in its style. */
function port(edge: Cell, box: Box, end: "exit" | "entry"): { x: number; y: number } {
  const fx = Number(edge.style.get(`${end}X`) ?? "0.5");
  const fy = Number(edge.style.get(`${end}Y`) ?? "0.5");
  return { x: box.x + box.width * fx, y: box.y + box.height * fy };
}

/** The polyline of an arrow on the page: exit port, bends, entry port. */
export function edgePath(drawing: Drawing, edge: Cell): { x: number; y: number }[] {
  const source = drawing.byId.get(edge.source ?? "")?.box;
  const target = drawing.byId.get(edge.target ?? "")?.box;
  if (!source || !target) return [];
  return [port(edge, source, "exit"), ...edge.points, port(edge, target, "entry")];
}

/** Arrows with a slanted segment, or whose path runs through a shape they do not join, as messages. */
export function badRoutes(drawing: Drawing): string[] {
  const problems: string[] = [];
  for (const edge of edges(drawing)) {
    const path = edgePath(drawing, edge);
    path.forEach((point, index) => {
      const previous = path[index - 1];
      if (!previous) return;
      if (previous.x !== point.x && previous.y !== point.y) {
        problems.push(`${edge.id} has a slanted segment`);
      }
      const segment = {
        x: Math.min(previous.x, point.x),
        y: Math.min(previous.y, point.y),
        width: Math.abs(previous.x - point.x),
        height: Math.abs(previous.y - point.y),
      };
      for (const shape of shapes(drawing)) {
        if (shape.id === edge.source || shape.id === edge.target || !shape.box) continue;
        if (crossesBox(segment, shape.box)) problems.push(`${edge.id} crosses ${shape.id}`);
      }
    });
  }
  return [...new Set(problems)];
}

/** Whether a (zero-width or zero-height) segment box passes through a shape's interior. */
function crossesBox(segment: Box, box: Box): boolean {
  return (
    segment.x + segment.width > box.x &&
    segment.x < box.x + box.width &&
    segment.y + segment.height > box.y &&
    segment.y < box.y + box.height
  );
}
