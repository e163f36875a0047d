import type { SectionHandler } from "../body-context.js";
import { listLine } from "../rich-text.js";

/** 3. Tài liệu viện dẫn: one reference per line. */
export const references: SectionHandler = ({ procedure }) =>
  procedure.references.map((reference) => listLine("-", reference.text));
