import { AlignmentType, Paragraph } from "docx";
import { type IShapeCanvasChildOptions, type PresetShapeType, ShapeCanvasRun } from "docx/shapes";
import type { Labels } from "../labels.js";
import { STYLE } from "../page/styles.js";
import { safeParagraph, safeRun } from "../text/safe-run.js";
import { xmlSafeText } from "../text/xml-safe-text.js";
import { DOCUMENT_SHAPE } from "./document-shape.js";
import { estimateHeight } from "./estimate-height.js";
import type { FlowArrow, FlowGraph, FlowNode, NodeKind } from "./flow-graph.js";
import { type LanePlan, LEVEL_SPACING, planLanes, SPACING } from "./flowchart-lanes.js";
import { POINTS, type SizedText, sizeNode, sizeOffPage, TEXT_MARGIN_POINTS } from "./node-size.js";
import { type FlowPage, paginateFlow } from "./paginate-flow.js";

/** Tallest canvas in pixels: a page's text height less the header table and a caption line. */
export const MAX_CANVAS_HEIGHT = 900;

const SHAPE: Record<Exclude<NodeKind, "document"> | "offPage", PresetShapeType> = {
  terminal: "flowChartTerminator",
  process: "flowChartProcess",
  decision: "flowChartDecision",
  offPage: "flowChartOffpageConnector",
};

const LINE = { color: "000000", width: 1 } as const;
/** How far a jump runs beside the boxes, in pixels: inside the lane, clear of the next lane's boxes. */
const JUMP_MARGIN = 6;
const ARROW = { ...LINE, endArrow: "triangle" } as const;

/**
 * The flowchart as native, editable Word drawings: one canvas per page with a lane per actor,
 * terminals, process boxes, diamonds and documents, and labelled branches. A chart taller than a
 * page is split into page-sized canvases joined by off-page connectors, so text stays at 9–10 pt.
 */
export function nativeFlowchart(graph: FlowGraph, labels: Labels): Paragraph[] {
  const lanes = planLanes(graph.actors);
  const sizes = new Map<string, SizedText>();
  for (const node of [...graph.nodes, ...(graph.end ? [graph.end] : [])]) {
    sizes.set(node.id, sizeNode(node.kind, nodeText(node, lanes), lanes.boxWidth));
  }
  const pageHeight = (page: FlowPage) =>
    estimateHeight(
      page,
      (id) => sizes.get(id)?.height ?? 0,
      sizeOffPage("").height,
      lanes.headerHeight,
      LEVEL_SPACING,
    );
  const pages = paginateFlow(graph, MAX_CANVAS_HEIGHT, pageHeight);
  return pages.flatMap((page, index) => {
    const canvas = new Paragraph({
      alignment: AlignmentType.CENTER,
      // No line spacing at all: LibreOffice draws a canvas's shapes away from its text when the
      // paragraph (or the document default) has any proportional line spacing, even single.
      spacing: { before: 0, after: 120 },
      children: [pageCanvas(graph, page, lanes, sizes, labels)],
    });
    if (pages.length === 1) return [canvas];
    const caption = safeParagraph(labels.flowchartPart(index + 1, pages.length), {
      style: STYLE.caption,
      ...(index > 0 ? { pageBreakBefore: true } : {}),
    });
    const legend = safeParagraph(labels.offPageLegend, { style: STYLE.caption });
    return index === 0 ? [caption, legend, canvas] : [caption, canvas];
  });
}

function pageCanvas(
  graph: FlowGraph,
  page: FlowPage,
  lanes: LanePlan,
  sizes: Map<string, SizedText>,
  labels: Labels,
): ShapeCanvasRun {
  const laneOf = (actor: string) => {
    const name = lanes.names.get(actor);
    return name === undefined ? {} : { lane: name };
  };
  const nodes = [...page.nodes, ...(page.hasEnd && graph.end ? [graph.end] : [])];
  const children: IShapeCanvasChildOptions[] = nodes.map((node) =>
    shape(
      node.id,
      node.kind === "document" ? DOCUMENT_SHAPE : { type: SHAPE[node.kind] },
      laneOf(node.actor),
      sizes.get(node.id) ?? sizeNode(node.kind, node.text, lanes.boxWidth),
    ),
  );
  const actorOf = new Map(graph.nodes.map((node) => [node.id, node.actor]));
  page.incoming.forEach((arrow, index) => {
    const id = `offpage-in-${index + 1}`;
    children.push(offPageShape(id, arrow.to, laneOf(actorOf.get(arrow.to) ?? "")));
    children.push(connector(id, arrow.to, undefined, false));
  });
  page.outgoing.forEach((arrow, index) => {
    const id = `offpage-out-${index + 1}`;
    children.push(offPageShape(id, arrow.to, laneOf(actorOf.get(arrow.from) ?? "")));
    children.push(connector(arrow.from, id, arrow.label, isDecision(graph, arrow)));
  });
  const order = new Map(nodes.map((node, index) => [node.id, index]));
  const jumpsFrom = new Map<string, number>();
  for (const arrow of page.arrows) {
    const line = connector(arrow.from, arrow.to, arrow.label, isDecision(graph, arrow));
    const step = (order.get(arrow.to) ?? 0) - (order.get(arrow.from) ?? 0);
    if (step === 1) {
      children.push(line);
      continue;
    }
    // A loop back or a jump over other steps runs down the side of the boxes: Word's connector
    // router then finds a clear path at once instead of searching around the shapes in between.
    const jumps = jumpsFrom.get(arrow.from) ?? 0;
    jumpsFrom.set(arrow.from, jumps + 1);
    const side = jumps % 2 === 0 ? "right" : "left";
    children.push({
      ...line,
      from: { id: arrow.from, side },
      to: { id: arrow.to, side },
      margin: JUMP_MARGIN,
    } as IShapeCanvasChildOptions);
  }
  return new ShapeCanvasRun({
    layout: {
      type: "flow",
      direction: "down",
      spacing: SPACING,
      levelSpacing: LEVEL_SPACING,
      ...(lanes.names.size > 0
        ? {
            lanes: [...lanes.names.values()].map((name) => ({
              name,
              headerFill: "E7E6E6",
              line: { color: "808080", width: 0.75 },
            })),
          }
        : {}),
    },
    children,
    altText: {
      name: xmlSafeText(labels.flowchartAlt),
      description: xmlSafeText(describe(page)),
    },
  });
}

/** The text a node shows: with no lanes, the actor is named under the step. */
function nodeText(node: FlowNode, lanes: LanePlan): string {
  return lanes.names.size === 0 && node.kind !== "terminal"
    ? `${node.text} (${node.actor})`
    : node.text;
}

function shape(
  id: string,
  geometry: { type: PresetShapeType } | typeof DOCUMENT_SHAPE,
  lane: { lane?: string },
  size: SizedText,
): IShapeCanvasChildOptions {
  return {
    id,
    ...geometry,
    ...lane,
    transformation: { width: size.width, height: size.height },
    fill: "FFFFFF",
    line: LINE,
    textOptions: {
      verticalAlignment: "center" as const,
      margins: {
        top: 1,
        bottom: 1,
        left: TEXT_MARGIN_POINTS,
        right: TEXT_MARGIN_POINTS,
      },
    },
    children: [shapeParagraph(size.lines.join(" "), size.points)],
  };
}

function offPageShape(id: string, text: string, lane: { lane?: string }): IShapeCanvasChildOptions {
  return shape(id, { type: SHAPE.offPage }, lane, sizeOffPage(text));
}

function connector(
  from: string,
  to: string,
  label: string | undefined,
  fromDecision: boolean,
): IShapeCanvasChildOptions {
  return {
    type: "connector",
    from,
    to,
    route: "elbow",
    line: ARROW,
    ...(label
      ? {
          label: {
            text: [shapeParagraph(label, POINTS.small)],
            position: fromDecision ? ("start" as const) : ("middle" as const),
            fill: "FFFFFF",
          },
        }
      : {}),
  };
}

function shapeParagraph(text: string, points: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240 },
    children: [safeRun(text, { size: points * 2 })],
  });
}

function isDecision(graph: FlowGraph, arrow: FlowArrow): boolean {
  return graph.nodes.some((node) => node.id === arrow.from && node.kind === "decision");
}

/** A plain description of the page's arrows for screen readers. */
function describe(page: FlowPage): string {
  return [...page.incoming, ...page.arrows, ...page.outgoing]
    .map((arrow) => `${arrow.from} → ${arrow.to}${arrow.label ? ` (${arrow.label})` : ""}`)
    .join("; ");
}
