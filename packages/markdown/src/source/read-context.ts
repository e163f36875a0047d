import type { Place } from "@quytrinh/core";
import type { Node } from "mdast";
import type { Reporter } from "../messages/reporter.js";
import type { SourceText } from "./source-text.js";

/** What every reader needs: the source for positions and the reporter for diagnostics. */
export interface ReadContext {
  readonly source: SourceText;
  readonly reporter: Reporter;
  /** Language of the diagnostics. */
  readonly lang: "vi" | "en";
}

/** The original place of an mdast node (the start of the file if remark gave none). */
export function placeOf(context: ReadContext, node: Node): Place {
  const position = node.position;
  if (!position) {
    const start = context.source.point(1, 1);
    return { start, end: start };
  }
  return context.source.place(position);
}
