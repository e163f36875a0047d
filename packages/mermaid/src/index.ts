export { FONT_FAMILY } from "./config-header.js";
export { escapeLabel, type LabelMode, MAX_WORD_LENGTH } from "./escape-label.js";
export type { Lang } from "./messages.js";
export { type LaneMode, SWIMLANE_MAX_STEPS, type ToMermaidOptions } from "./options.js";
export * from "./render/create-renderer.js";
export * from "./render/find-browser.js";
export * from "./render/render-types.js";
export { MAX_EDGES, MAX_TEXT_SIZE } from "./size-limits.js";
export * from "./to-mermaid.js";
