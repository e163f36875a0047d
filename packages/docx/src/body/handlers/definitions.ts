import type { SectionHandler } from "../body-context.js";
import { listLine } from "../rich-text.js";

/** 4. Định nghĩa / Viết tắt: "term: meaning", one per line. */
export const definitions: SectionHandler = ({ procedure }) =>
  procedure.definitions.map((definition) =>
    listLine("-", `${definition.term}: ${definition.meaning}`),
  );
