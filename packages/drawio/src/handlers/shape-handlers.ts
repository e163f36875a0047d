import type { ShapeKind } from "../diagram.js";
import { decision } from "./decision.js";
import { documentShape, documentsShape } from "./document.js";
import { processBox } from "./process.js";
import type { ShapeHandler } from "./shape.js";
import { terminal } from "./terminal.js";

/** The handler that sizes and styles each kind of shape. */
export const SHAPES: Readonly<Record<ShapeKind, ShapeHandler>> = {
  start: terminal,
  end: terminal,
  process: processBox,
  decision,
  document: documentShape,
  documents: documentsShape,
};
