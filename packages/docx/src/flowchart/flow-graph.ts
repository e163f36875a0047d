import { END, flowEdges, type Procedure, type Step } from "@quytrinh/core";
import type { Labels } from "../labels.js";

/** The kinds of symbol a flowchart node is drawn as (ISO 5807). */
export type NodeKind = "terminal" | "process" | "decision" | "document";

/** A node of the flowchart: a step, or the start and end terminals the steps imply. */
export interface FlowNode {
  id: string;
  kind: NodeKind;
  text: string;
  /** The responsible actor whose lane the node goes in. */
  actor: string;
}

/** An arrow between two nodes, with its branch label. */
export interface FlowArrow {
  from: string;
  to: string;
  label?: string;
}

/** The flowchart of a procedure, before layout: nodes in step order and the arrows between them. */
export interface FlowGraph {
  nodes: FlowNode[];
  arrows: FlowArrow[];
  /** Actors in order of first appearance: the lanes. */
  actors: string[];
  /** The id of the end terminal, when any arrow reaches the end. */
  end?: FlowNode;
}

/** Id of the start terminal added when the first step is not a start step. */
export const START_ID = "START";

/**
 * Builds the flowchart graph from the steps and `flowEdges`. A start terminal is added when the
 * procedure does not begin with a start step, and an end terminal when an arrow goes to `END`.
 * Steps that produce a document other than a listed form are drawn as documents.
 */
export function flowGraph(procedure: Procedure, labels: Labels): FlowGraph {
  const formCodes = new Set(procedure.forms.map((form) => form.code.trim()));
  const steps = procedure.steps;
  const actorOf = (step: Step | undefined) => step?.actors[0]?.trim() || "—";
  const seen = new Set<string>();
  const unique = steps.filter((step) => !seen.has(step.id) && seen.add(step.id) !== undefined);
  const nodes = unique.map((step) => stepNode(step, actorOf(step), formCodes));
  const arrows: FlowArrow[] = flowEdges(procedure).map((edge) => ({ ...edge }));
  const first = steps[0];
  if (first && first.kind !== "start") {
    nodes.unshift({ id: START_ID, kind: "terminal", text: labels.start, actor: actorOf(first) });
    arrows.unshift({ from: START_ID, to: first.id });
  }
  const ids = new Set(nodes.map((node) => node.id));
  const kept = arrows.filter(
    (arrow) => ids.has(arrow.from) && (ids.has(arrow.to) || arrow.to === END),
  );
  const lastToEnd = kept.find((arrow) => arrow.to === END);
  const endActor = nodes.find((node) => node.id === lastToEnd?.from)?.actor;
  const actors = [...new Set(nodes.map((node) => node.actor))];
  const graph: FlowGraph = { nodes, arrows: kept, actors };
  if (endActor !== undefined) {
    graph.end = { id: END, kind: "terminal", text: labels.end, actor: endActor };
  }
  return graph;
}

function stepNode(step: Step, actor: string, formCodes: ReadonlySet<string>): FlowNode {
  const text = `${step.id}. ${step.action}`;
  if (step.kind === "start" || step.kind === "end")
    return { id: step.id, kind: "terminal", text, actor };
  if (step.kind === "decision") return { id: step.id, kind: "decision", text, actor };
  const makesDocument = step.outputs.some((output) => !formCodes.has(output.trim()));
  return { id: step.id, kind: makesDocument ? "document" : "process", text, actor };
}
