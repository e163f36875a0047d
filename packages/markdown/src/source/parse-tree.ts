import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** One processor for the whole module: building it per call would cost more than parsing. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);

/** The mdast tree of normalised Markdown text (syntax only: no transforms run). */
export function parseTree(text: string): Root {
  return processor.parse(text);
}
