import { backEdges, END, type Procedure, stepEdges } from "@quytrinh/core";
import type { Diagram, DiagramEdge, DiagramNode } from "./diagram.js";
import { assignLanes } from "./lanes.js";
import { messagesFor } from "./messages.js";
import type { ResolvedOptions } from "./options.js";
import { stepText } from "./step-text.js";

/**
 * The shapes and arrows of a procedure's flow, from core's `stepEdges`: a start terminal unless the
 * first step is one, a shape per step (and per step's outputs when asked), an end terminal for the
 * arrows to `END`. Arrows to an id that is no step are left out (the validator reports them).
 */
export function buildDiagram(procedure: Procedure, options: ResolvedOptions): Diagram {
  const words = messagesFor(options.lang);
  const steps = procedure.steps;
  const { titles, laneOfStep } = assignLanes(steps, words.noLane, options.lanes);
  const nodeOfStep = new Map<string, string>();
  steps.forEach((step, index) => {
    if (!nodeOfStep.has(step.id)) nodeOfStep.set(step.id, `step-${index + 1}`);
  });
  const loopKeys = new Set(backEdges(procedure).map((edge) => `${edge.from}\u0000${edge.to}`));
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const loops = new Set<string>();
  const addEdge = (from: string, to: string, label?: string) => {
    const id = `edge-${edges.filter((edge) => !edge.output).length + 1}`;
    edges.push(
      label === undefined
        ? { id, from, to, output: false }
        : { id, from, to, label, output: false },
    );
    return id;
  };
  let endLane: number | undefined;

  if (steps[0]?.kind !== "start") {
    nodes.push({ id: "start", kind: "start", text: words.start, lane: laneOfStep[0] ?? 0 });
    addEdge("start", steps.length > 0 ? "step-1" : "end");
    if (steps.length === 0) endLane = 0;
  }
  steps.forEach((step, index) => {
    const id = `step-${index + 1}`;
    const lane = laneOfStep[index] ?? 0;
    nodes.push({ id, kind: step.kind, text: stepText(step, options), lane });
    const outputs = step.outputs.map((output) => output.trim()).filter((output) => output !== "");
    if (options.showOutputs && outputs.length > 0) {
      const output = `output-${index + 1}`;
      const kind = outputs.length > 1 ? "documents" : "document";
      nodes.push({ id: output, kind, text: outputs.join("\n"), lane, besideOf: id });
      edges.push({ id: `link-${index + 1}`, from: id, to: output, output: true });
    }
    for (const edge of stepEdges(steps, index)) {
      const to = edge.to === END ? "end" : nodeOfStep.get(edge.to);
      if (to === undefined) continue;
      if (to === "end") endLane ??= lane;
      const edgeId = addEdge(id, to, edge.label);
      if (loopKeys.has(`${step.id}\u0000${edge.to}`)) loops.add(edgeId);
    }
  });
  if (endLane !== undefined) nodes.push({ id: "end", kind: "end", text: words.end, lane: endLane });
  const lanes = titles.map((title) => options.labels.lanes?.get(title) ?? title);
  return { lanes, nodes, edges, loops };
}
