import type { SectionHandler } from "../body-context.js";
import { richText } from "../rich-text.js";

/** 1. Mục đích: the purpose as written. */
export const purpose: SectionHandler = ({ procedure }) => richText(procedure.purpose);
