import type { SectionHandler } from "../body-context.js";
import { listLine } from "../rich-text.js";

/** 5.x Trách nhiệm: "actor: duty", one per line. */
export const responsibilities: SectionHandler = ({ procedure }) =>
  procedure.responsibilities.map((item) => listLine("-", `${item.actor}: ${item.duty}`));
