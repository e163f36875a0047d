export type { DocxOptions, FlowchartImage, FlowchartMode } from "./options.js";
export { packDocx } from "./pack-docx.js";
export { xmlSafeText } from "./text/xml-safe-text.js";
export { toDocx } from "./to-docx.js";
