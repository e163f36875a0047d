import {
  CONTENT_SUBSECTIONS,
  type ExtraSection,
  type Procedure,
  SECTION_TITLES,
  type SectionKey,
  TOP_SECTIONS,
  TTHC_SUBSECTIONS,
} from "@quytrinh/core";
import { appendAll } from "./append-all.js";
import { escapeInline } from "./serialize/escape-markdown.js";
import { SECTION_BODIES } from "./serialize/section-bodies.js";
import { writeBlocks } from "./serialize/write-blocks.js";
import { writeFrontMatter } from "./serialize/write-front-matter.js";

/** Options of `toMarkdown`. */
export interface ToMarkdownOptions {
  /** Language of headings and column names (default: the procedure's `control.language`). */
  lang?: "vi" | "en" | undefined;
}

const tthcSubsections: ReadonlySet<SectionKey> = new Set(TTHC_SUBSECTIONS);
const isTthcSubsection = (key: SectionKey): boolean => tthcSubsections.has(key);

/**
 * Writes a procedure in the canonical quytrinh Markdown format: YAML front matter, the title,
 * sections 1–7 with the 5.x subsections that have content, and every extra section after the
 * known section it follows. `fromMarkdown` reads the result back to an equal model.
 */
export function toMarkdown(procedure: Procedure, options: ToMarkdownOptions = {}): string {
  const lang = options.lang ?? procedure.control.language;
  const titles = SECTION_TITLES[lang];
  const out: string[] = [writeFrontMatter(procedure.control, lang)];
  if (procedure.control.title) out.push(`# ${escapeInline(procedure.control.title)}`);
  const extras = (after: SectionKey | null): void => {
    for (const section of procedure.extraSections) {
      if (section.after === after) appendAll(out, writeExtra(section));
    }
  };
  extras(null);
  const bodies = new Map(
    CONTENT_SUBSECTIONS.map((key) => [key, SECTION_BODIES[key](procedure, lang)]),
  );
  const shown = CONTENT_SUBSECTIONS.filter(
    (key) =>
      key === "steps" ||
      bodies.get(key) !== "" ||
      procedure.sectionPlaces?.[key] !== undefined ||
      procedure.extraSections.some((section) => section.after === key),
  );
  if (procedure.tthc && !shown.some((key) => isTthcSubsection(key))) shown.unshift("conditions");
  const subsections = CONTENT_SUBSECTIONS.filter((key) => shown.includes(key));
  TOP_SECTIONS.forEach((key, index) => {
    out.push(`## ${index + 1}. ${titles[key]}`);
    const body = SECTION_BODIES[key](procedure, lang);
    if (body) out.push(body);
    extras(key);
    if (key !== "content") return;
    subsections.forEach((sub, subIndex) => {
      out.push(`### ${index + 1}.${subIndex + 1}. ${titles[sub]}`);
      const subBody = bodies.get(sub);
      if (subBody) out.push(subBody);
      extras(sub);
    });
  });
  return `${out.join("\n\n")}\n`;
}

function writeExtra(section: ExtraSection): string[] {
  const blocks = writeBlocks(section.blocks);
  if (section.title === "") return blocks ? [blocks] : [];
  const heading = `${"#".repeat(Math.min(6, section.depth + 1))} ${escapeInline(section.title)}`;
  return blocks ? [heading, blocks] : [heading];
}
