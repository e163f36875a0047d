import type { Language, Procedure } from "@quytrinh/core";
import { flowGraph } from "./flowchart/flow-graph.js";
import { nativeFlowchart } from "./flowchart/native-flowchart.js";
import { labelsFor } from "./labels.js";
import type { WordParagraph } from "./wml/word-block.js";

/** Options of `flowchartParagraphs`. */
export interface FlowchartParagraphsOptions {
  /** Language of the start and end terminals and captions. Default: the procedure's, else `"vi"`. */
  lang?: Language;
  /** Text shown instead of a step's `id. action`, by step id (for exercises: "(1)", "(2)"…). */
  stepLabels?: ReadonlyMap<string, string>;
}

/**
 * The native, editable flowchart of a procedure as paragraphs to place in any document: one
 * canvas per page with a lane per actor, split across pages with off-page connectors when tall.
 * Empty when the procedure has no steps.
 */
export function flowchartParagraphs(
  procedure: Procedure,
  options: FlowchartParagraphsOptions = {},
): WordParagraph[] {
  if (procedure.steps.length === 0) return [];
  const labels = labelsFor(options.lang ?? procedure.control.language ?? "vi");
  const graph = flowGraph(procedure, labels);
  const stepLabels = options.stepLabels;
  if (stepLabels) {
    graph.nodes = graph.nodes.map((node) => {
      const label = stepLabels.get(node.id);
      return label === undefined ? node : { ...node, text: label };
    });
  }
  return nativeFlowchart(graph, labels);
}
