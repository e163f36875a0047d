import type { SectionHandler } from "../body-context.js";
import { richText } from "../rich-text.js";

/** 2. Phạm vi áp dụng: the scope as written. */
export const scope: SectionHandler = ({ procedure }) => richText(procedure.scope);
