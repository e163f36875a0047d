export type { FlowchartParagraphsOptions } from "./flowchart-paragraphs.js";
export { flowchartParagraphs } from "./flowchart-paragraphs.js";
export type { DocxOptions, FlowchartImage, FlowchartMode } from "./options.js";
export { packDocx } from "./pack-docx.js";
export { TEXT_WIDTH } from "./page/page-geometry.js";
export { STYLE as DOCX_STYLES } from "./page/styles.js";
export type { QuytrinhDocumentOptions } from "./quytrinh-document.js";
export { quytrinhDocument } from "./quytrinh-document.js";
export {
  type CellContent,
  type CellSpec,
  type FixedTableOptions,
  fixedTable,
} from "./table/fixed-table.js";
export { xmlSafeText } from "./text/xml-safe-text.js";
export { toDocx } from "./to-docx.js";
