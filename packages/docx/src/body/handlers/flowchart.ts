import { flowGraph } from "../../flowchart/flow-graph.js";
import { imageFlowchart } from "../../flowchart/image-flowchart.js";
import { nativeFlowchart } from "../../flowchart/native-flowchart.js";
import type { SectionHandler } from "../body-context.js";

/** 5.x Lưu đồ: the native flowchart, the supplied picture, or nothing, as the options say. */
export const flowchart: SectionHandler = ({ procedure, labels, options }) => {
  if (options.flowchart === "none" || procedure.steps.length === 0) return [];
  if (options.flowchart === "image" && options.image) return imageFlowchart(options.image, labels);
  return nativeFlowchart(flowGraph(procedure, labels), labels);
};
