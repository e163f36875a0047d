import type { Labels } from "../labels.js";
import { STYLE } from "../page/styles.js";
import { safeParagraph } from "../text/safe-run.js";
import { paragraph } from "../wml/paragraph.js";
import { drawingRun } from "../wml/run.js";
import type { WordParagraph } from "../wml/word-block.js";
import { canvasDrawing } from "./canvas-drawing.js";
import type { FlowGraph, FlowNode } from "./flow-graph.js";
import { type LanePlan, planLanes } from "./flowchart-lanes.js";
import type { SizedText } from "./node-size.js";
import { estimatePageHeight, layoutPage, type PageLayout } from "./page-layout.js";
import { type FlowPage, paginateFlow } from "./paginate-flow.js";
import { xmlString } from "./xml-string.js";

/**
 * Tallest canvas in pixels: a page's text height less the header table and a caption, and on the
 * first page also the section heading and the legend.
 */
export const MAX_CANVAS_HEIGHT = { first: 820, next: 865 } as const;

/**
 * The flowchart as native, editable Word drawings: one canvas per page with a lane per actor,
 * terminals, process boxes, diamonds and documents, and labelled branches, placed by core's
 * shared flowchart layout. A chart taller than a page is split into page-sized canvases joined by
 * off-page connectors, so text stays at 9–10 pt.
 */
export function nativeFlowchart(graph: FlowGraph, labels: Labels): WordParagraph[] {
  const lanes = planLanes(graph.actors);
  const shown: FlowGraph = {
    ...graph,
    nodes: graph.nodes.map((node) => ({ ...node, text: nodeText(node, lanes) })),
  };
  // Pagination lays out each candidate page; the pages kept are drawn from the same layouts.
  const layouts = new Map<string, PageLayout>();
  const sizes = new Map<string, SizedText>();
  const layoutOf = (page: FlowPage) => {
    const key = page.nodes.map((node) => node.id).join("\u0000");
    const known = layouts.get(key);
    if (known) return known;
    const layout = layoutPage(shown, page, lanes, sizes);
    layouts.set(key, layout);
    return layout;
  };
  // A page the quick estimate already finds too tall for any page is not laid out.
  const heightOf = (page: FlowPage) => {
    const estimate = estimatePageHeight(shown, page, lanes, sizes);
    return estimate > MAX_CANVAS_HEIGHT.next ? estimate : layoutOf(page).height;
  };
  const pages = paginateFlow(
    shown,
    (index) => (index === 0 ? MAX_CANVAS_HEIGHT.first : MAX_CANVAS_HEIGHT.next),
    heightOf,
  );
  return pages.flatMap((page, index) => {
    const drawing = canvasDrawing(layoutOf(page), {
      name: labels.flowchartAlt,
      description: describe(page),
    });
    // No proportional line spacing: LibreOffice then draws a drawing's shapes away from its text.
    const canvas = paragraph({ alignment: "center", spacing: { before: 0, after: 120 } }, [
      drawingRun(xmlString(drawing)),
    ]);
    if (pages.length === 1) return [canvas];
    const caption = safeParagraph(labels.flowchartPart(index + 1, pages.length), {
      style: STYLE.caption,
      ...(index > 0 ? { pageBreakBefore: true } : {}),
    });
    const legend = safeParagraph(labels.offPageLegend, { style: STYLE.caption });
    return index === 0 ? [caption, legend, canvas] : [caption, canvas];
  });
}

/** The text a node shows: with no lanes, the actor is named under the step. */
function nodeText(node: FlowNode, lanes: LanePlan): string {
  return lanes.actors.length === 0 && node.kind !== "terminal"
    ? `${node.text} (${node.actor})`
    : node.text;
}

/** A plain description of the page's arrows for screen readers. */
function describe(page: FlowPage): string {
  return [...page.incoming, ...page.arrows, ...page.outgoing]
    .map((arrow) => `${arrow.from} → ${arrow.to}${arrow.label ? ` (${arrow.label})` : ""}`)
    .join("; ");
}
