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
export { safeParagraph, safeRun } from "./text/safe-run.js";
export { xmlSafeText } from "./text/xml-safe-text.js";
export { toDocx } from "./to-docx.js";
export { type Alignment, type ParagraphFormat, paragraph } from "./wml/paragraph.js";
export type { RunFormat } from "./wml/run.js";
export type {
  MediaFile,
  WordBlock,
  WordParagraph,
  WordRun,
  WordTable,
} from "./wml/word-block.js";
export type { CoreProperties, WordDocument } from "./wml/word-document.js";
