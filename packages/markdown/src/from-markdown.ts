import type { Diagnostic, Procedure } from "@quytrinh/core";
import type { RootContent, Yaml } from "mdast";
import { readFrontMatter } from "./front-matter/read-front-matter.js";
import { createReporter } from "./messages/reporter.js";
import { finishDraft } from "./sections/finish-draft.js";
import { readSections } from "./sections/read-sections.js";
import { splitSections } from "./sections/split-sections.js";
import { parseTree } from "./source/parse-tree.js";
import type { ReadContext } from "./source/read-context.js";
import { toSourceText } from "./source/source-text.js";

/** Options of `fromMarkdown`. */
export interface FromMarkdownOptions {
  /** Language of the diagnostics' messages (default `vi`). */
  lang?: "vi" | "en" | undefined;
  /** The file's name, for callers that print diagnostics; not used for parsing. */
  file?: string | undefined;
}

/** The procedure read from Markdown, and the problems found while reading it. */
export interface FromMarkdownResult {
  procedure: Procedure;
  diagnostics: Diagnostic[];
}

/**
 * Reads a quytrinh Markdown document into the procedure model. Never throws on user input:
 * whatever cannot be read is reported as a positioned diagnostic and kept as text.
 */
export function fromMarkdown(text: string, options: FromMarkdownOptions = {}): FromMarkdownResult {
  if (typeof text !== "string") {
    throw new TypeError(`fromMarkdown expects a string, got ${typeof text}`);
  }
  const lang = options.lang === "en" ? "en" : "vi";
  const source = toSourceText(text);
  const reporter = createReporter(lang);
  const context: ReadContext = { source, reporter, lang };
  reportEncoding(text, context);
  const tree = parseTree(source.text);
  const yaml = tree.children[0]?.type === "yaml" ? (tree.children[0] as Yaml) : undefined;
  const body: RootContent[] = yaml ? tree.children.slice(1) : tree.children;
  const outline = splitSections(body, context);
  const control = readFrontMatter(yaml, outline.title?.text, context);
  if (outline.english && !control.fieldPlaces?.language) control.language = "en";
  const draft = readSections(outline, context);
  const start = source.point(1, 1);
  const fallback = outline.title?.place ?? { start, end: start };
  const procedure = finishDraft(draft, control, fallback, context);
  const diagnostics = reporter.diagnostics.sort(
    (a, b) => (a.place?.start.offset ?? 0) - (b.place?.start.offset ?? 0),
  );
  return { procedure, diagnostics };
}

/** A replacement character means the file was decoded with the wrong encoding. */
function reportEncoding(text: string, context: ReadContext): void {
  const index = text.indexOf("\ufffd");
  if (index < 0) return;
  const before = text.slice(0, index);
  const line = before.split(/\r\n|\r|\n/u).length;
  const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
  const column = index - lineStart + 1;
  const start = { line, column, offset: index };
  context.reporter.report(
    "encoding-invalid",
    {},
    {
      start,
      end: { line, column: column + 1, offset: index + 1 },
    },
  );
}
