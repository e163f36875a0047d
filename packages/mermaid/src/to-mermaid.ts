import { type Diagnostic, END, flowEdges, type Procedure, stepEdges } from "@quytrinh/core";
import { configHeader } from "./config-header.js";
import { escapeLabel } from "./escape-label.js";
import { type NodeKind, nodeStatement } from "./handlers/node-statement.js";
import { assignLanes, type LaneAssignment } from "./lanes.js";
import { messagesFor } from "./messages.js";
import { resolveOptions, type ToMermaidOptions } from "./options.js";
import { checkSize } from "./size-limits.js";
import { stepLabel } from "./step-label.js";

/** Mermaid text of a flowchart, and the problems found while drawing it. */
export interface MermaidResult {
  /** The flowchart; empty when a diagnostic has severity `error`. */
  text: string;
  diagnostics: Diagnostic[];
  /**
   * The same flowchart in `group` lanes, when `auto` chose swimlanes. Mermaid 11.17's swimlane
   * router sometimes sends an arrow along the lane titles; a renderer given this text draws it
   * instead when that happens (see `RenderOptions.fallback`).
   */
  fallback?: string;
}

interface Node {
  kind: NodeKind;
  id: string;
  label: string;
  lane: number | undefined;
}

interface Edge {
  from: string;
  to: string;
  label?: string;
  dotted?: boolean;
}

const START_ID = "b0";
const END_ID = "k0";

/** The statements of the nodes, inside one subgraph per lane when there are lanes. */
function nodeLines(
  nodes: readonly Node[],
  lanes: LaneAssignment | undefined,
  quote: (text: string) => string,
): string[] {
  const statement = (node: Node) => nodeStatement(node.kind, node.id, node.label);
  if (!lanes) return nodes.map((node) => `  ${statement(node)}`);
  return lanes.lanes.flatMap((lane, index) => {
    const inLane = nodes.filter((node) => node.lane === index);
    if (inLane.length === 0) return [];
    return [
      `  subgraph ${lane.id}["${quote(lane.title)}"]`,
      ...inLane.map((node) => `    ${statement(node)}`),
      "  end",
    ];
  });
}

/** The statement of one arrow. */
function edgeLine(edge: Edge, quote: (text: string) => string): string {
  if (edge.dotted) return `  ${edge.from} -.- ${edge.to}`;
  const label = edge.label === undefined ? "" : quote(edge.label);
  return label === ""
    ? `  ${edge.from} --> ${edge.to}`
    : `  ${edge.from} -->|"${label}"| ${edge.to}`;
}

/**
 * Draws a procedure as Mermaid flowchart text: start and end terminals, process boxes, decision
 * diamonds with labelled branches and arrows back for loops, optionally in lanes per actor.
 * Pure and deterministic: the same model and options always give the same text.
 */
export function toMermaid(procedure: Procedure, options?: ToMermaidOptions): MermaidResult {
  const lang = options?.lang ?? procedure.control.language ?? "vi";
  const messages = messagesFor(lang);
  const diagnostics: Diagnostic[] = [];
  let opts = resolveOptions({ ...options, lang }, procedure.steps.length);
  // Without steps there is nobody to draw a lane for.
  if (procedure.steps.length === 0) opts = { ...opts, lanes: "none" };
  const selfLoop = flowEdges(procedure).find((edge) => edge.from === edge.to);
  if (opts.lanes === "swimlane" && selfLoop) {
    // Mermaid 11.17's swimlane layout throws on an arrow from a node to itself.
    opts = { ...opts, lanes: "group" };
    diagnostics.push({
      ruleId: "flowchart-swimlane-self-loop",
      source: "quytrinh-mermaid",
      severity: "info",
      reason: messages.selfLoop(selfLoop.from),
      expected: messages.selfLoopFix,
      actual: selfLoop.from,
    });
  }
  const quote = (text: string) => escapeLabel(text, opts.labels);
  const steps = procedure.steps;
  const lanes = opts.lanes === "none" ? undefined : assignLanes(steps, messages.noLane);
  const laneOf = (index: number) => lanes?.laneOfStep[index];
  const safeIds = new Map<string, string>();
  steps.forEach((step, index) => {
    if (!safeIds.has(step.id)) safeIds.set(step.id, `n${index + 1}`);
  });

  const nodes: Node[] = [];
  const edges: Edge[] = [];
  let endLane: number | undefined;
  let needsEnd = steps.length === 0;

  if (steps[0]?.kind !== "start") {
    nodes.push({ kind: "start", id: START_ID, label: quote(messages.start), lane: laneOf(0) });
    edges.push({ from: START_ID, to: steps.length > 0 ? "n1" : END_ID });
  }
  steps.forEach((step, index) => {
    const id = `n${index + 1}`;
    nodes.push({ kind: step.kind, id, label: stepLabel(step, opts), lane: laneOf(index) });
    if (opts.showOutputs && step.outputs.length > 0) {
      const docId = `f${index + 1}`;
      const kind = step.outputs.length > 1 ? "documents" : "document";
      const label = step.outputs.map(quote).join("<br>");
      nodes.push({ kind, id: docId, label, lane: laneOf(index) });
      edges.push({ from: id, to: docId, dotted: true });
    }
    for (const edge of stepEdges(steps, index)) {
      const to = edge.to === END ? END_ID : safeIds.get(edge.to);
      if (to === undefined) {
        diagnostics.push({
          ruleId: "flowchart-unknown-target",
          source: "quytrinh-mermaid",
          severity: "warning",
          reason: messages.unknownTarget(step.id, edge.to),
          expected: messages.unknownTargetFix,
          actual: edge.to,
          ...(step.place ? { place: step.place } : {}),
        });
        continue;
      }
      if (to === END_ID && !needsEnd) {
        needsEnd = true;
        endLane = laneOf(index);
      }
      edges.push(edge.label === undefined ? { from: id, to } : { from: id, to, label: edge.label });
    }
  });
  if (needsEnd) {
    nodes.push({ kind: "end", id: END_ID, label: quote(messages.end), lane: endLane ?? 0 });
  }

  const keyword = opts.lanes === "swimlane" ? "swimlane-beta" : "flowchart";
  const text = [
    ...configHeader(opts),
    `${keyword} ${opts.direction}`,
    ...nodeLines(nodes, lanes, quote),
    ...edges.map((edge) => edgeLine(edge, quote)),
    "",
  ].join("\n");
  const tooLarge = checkSize(text, edges.length, messages, procedure.sectionPlaces?.steps);
  if (tooLarge.length > 0) return { text: "", diagnostics: [...diagnostics, ...tooLarge] };
  const chosen = (options?.lanes ?? "auto") === "auto" && opts.lanes === "swimlane";
  if (!chosen) return { text, diagnostics };
  return { text, diagnostics, fallback: toMermaid(procedure, { ...options, lanes: "group" }).text };
}
