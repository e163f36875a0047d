import type { SectionHandler } from "../body-context.js";
import { richText } from "../rich-text.js";

/** 5.x Điều kiện thực hiện: the conditions as written. */
export const conditions: SectionHandler = ({ procedure }) =>
  richText(procedure.tthc?.conditions ?? []);
