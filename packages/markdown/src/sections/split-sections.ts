import type { Place, SectionKey } from "@quytrinh/core";
import type { Heading, RootContent } from "mdast";
import { smallest } from "../append-all.js";
import { inlineText } from "../source/inline-text.js";
import { placeOf, type ReadContext } from "../source/read-context.js";
import { splitHeadingNumber } from "../vocabulary/heading-number.js";
import { isEnglishTitle, sectionKeyOf } from "../vocabulary/section-titles.js";

/** A heading and the blocks under it, up to the next heading. */
export interface SectionChunk {
  /** The known section the heading names; `undefined` for other headings and the preamble. */
  key: SectionKey | undefined;
  /** The heading as written (numbering included); empty for the preamble. */
  title: string;
  /** Depth relative to the top-level sections: 1 for "5.", 2 for "5.3". */
  depth: number;
  place: Place | undefined;
  nodes: RootContent[];
}

/** The document's title (H1) and its sections in order. */
export interface Outline {
  title: { text: string; place: Place } | undefined;
  chunks: SectionChunk[];
  /** Whether most known headings are English. */
  english: boolean;
}

/** Splits the blocks after the front matter into the title and sections, at every heading. */
export function splitSections(nodes: readonly RootContent[], context: ReadContext): Outline {
  const headings = nodes.filter((node): node is Heading => node.type === "heading");
  const first = headings[0];
  const titleHeading =
    first &&
    first.depth === 1 &&
    sectionKeyOf(splitHeadingNumber(inlineText(first)).title) === undefined
      ? first
      : undefined;
  const baseDepth = smallest(
    7,
    headings.filter((h) => h !== titleHeading).map((h) => h.depth),
  );
  const chunks: SectionChunk[] = [];
  let current: SectionChunk = { key: undefined, title: "", depth: 1, place: undefined, nodes: [] };
  let english = 0;
  let vietnamese = 0;
  for (const node of nodes) {
    if (node.type !== "heading") {
      current.nodes.push(node);
      continue;
    }
    if (node === titleHeading) continue;
    if (current.key !== undefined || current.title !== "" || current.nodes.length > 0) {
      chunks.push(current);
    }
    const title = inlineText(node);
    const numbered = splitHeadingNumber(title);
    const key = sectionKeyOf(numbered.title);
    if (key) {
      if (isEnglishTitle(numbered.title)) english += 1;
      else vietnamese += 1;
    }
    const depth = numbered.number.includes(".")
      ? numbered.levels
      : node.depth - Math.min(baseDepth, node.depth) + 1;
    current = { key, title, depth: Math.min(depth, 6), place: placeOf(context, node), nodes: [] };
  }
  if (current.key !== undefined || current.title !== "" || current.nodes.length > 0) {
    chunks.push(current);
  }
  const title = titleHeading
    ? { text: inlineText(titleHeading), place: placeOf(context, titleHeading) }
    : undefined;
  return { title, chunks, english: english > vietnamese };
}
