export { htmlLabel, labelText } from "./escape/html-label.js";
export { escapeXmlAttribute } from "./escape/xml-attribute.js";
export type { Lang } from "./messages.js";
export type { LabelOverrides, ToDrawioOptions } from "./options.js";
export { FONT_FAMILY } from "./text-metrics.js";
export { toDrawio } from "./to-drawio.js";
