/** One shape before layout: its id, kind and lane. */
export interface LayoutNode {
  id: string;
  /** The symbol; only `decision` changes the layout (its branches leave by different corners). */
  kind: string;
  /** Index of the lane (0 when there are no lanes). */
  lane: number;
  /** For a document shape: the shape it belongs to, drawn beside it in the same row. */
  besideOf?: string;
}

/** One arrow before layout. */
export interface LayoutEdge {
  id: string;
  from: string;
  to: string;
  label?: string;
  /** A link from a shape to the document beside it, not part of the flow. */
  output: boolean;
}

/** A flowchart before any geometry: lanes, shapes and arrows in a fixed order. */
export interface LayoutDiagram {
  /** Lane titles in order; empty when there are no lanes. */
  lanes: string[];
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** Ids of the arrows known to loop back (such as core's `backEdges`). */
  loops: Set<string>;
}
