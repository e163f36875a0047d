import { appendAll } from "../../append-all.js";
import { toBlocks } from "../../source/rich-text.js";
import { tthcOf } from "../procedure-draft.js";
import type { SectionHandler } from "./section-handler.js";

/** Purpose (mục đích): all blocks kept as rich text. */
export const readPurpose: SectionHandler = (nodes, draft, context) => {
  appendAll(draft.purpose, toBlocks(nodes, context));
  return [];
};

/** Scope (phạm vi): all blocks kept as rich text. */
export const readScope: SectionHandler = (nodes, draft, context) => {
  appendAll(draft.scope, toBlocks(nodes, context));
  return [];
};

/** Conditions (điều kiện thực hiện): all blocks kept as rich text. */
export const readConditions: SectionHandler = (nodes, draft, context, at) => {
  appendAll(tthcOf(draft, at.place).conditions, toBlocks(nodes, context));
  return [];
};
