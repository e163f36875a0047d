/** The shapes a diagram is drawn with. */
export type ShapeKind = "start" | "end" | "process" | "decision" | "document" | "documents";

/** One shape before layout: what it says and which lane it goes in. */
export interface DiagramNode {
  /** The cell id in the file: `start`, `end`, `step-<n>` (n = 1-based row of the steps table), `output-<n>`. */
  id: string;
  kind: ShapeKind;
  /** Plain text, lines separated by `\n`. */
  text: string;
  /** Index of the lane (0 when there are no lanes). */
  lane: number;
  /** For a document shape: the step it belongs to, drawn beside it. */
  besideOf?: string;
}

/** One arrow before layout. */
export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  label?: string;
  /** A dashed link from a step to its document shape, not part of the flow. */
  output: boolean;
}

/** What `toDrawio` draws, before any geometry: lanes, shapes and arrows in a fixed order. */
export interface Diagram {
  /** Lane titles in order of first appearance; empty when lanes are off. */
  lanes: string[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Ids of the flow arrows core's depth-first walk finds looping back. */
  loops: Set<string>;
}
