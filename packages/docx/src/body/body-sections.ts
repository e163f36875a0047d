import {
  CONTENT_SUBSECTIONS,
  type ExtraSection,
  SECTION_TITLES,
  type SectionKey,
  TOP_SECTIONS,
} from "@quytrinh/core";
import { STYLE } from "../page/styles.js";
import { safeParagraph } from "../text/safe-run.js";
import type { BodyBlock, BodyContext } from "./body-context.js";
import { richText } from "./rich-text.js";
import { SECTION_HANDLERS } from "./section-handlers.js";

/**
 * The body in the standard order, numbered 1, 2, … and 5.1, 5.2, …: top-level sections always
 * (with "Không có." when empty), 5.x subsections when they have content, and the source's extra
 * sections kept after the section they followed.
 */
export function bodySections(context: BodyContext): BodyBlock[] {
  const { procedure, labels } = context;
  const titles = SECTION_TITLES[context.options.lang];
  const blocks: BodyBlock[] = [];
  let top = 0;
  let sub = 0;
  const heading1 = (title: string) => {
    top += 1;
    sub = 0;
    blocks.push(heading(`${top}. ${title}`, 1));
  };
  const subsection = (title: string, content: BodyBlock[], newPage = false) => {
    sub += 1;
    blocks.push(heading(`${top}.${sub}. ${title}`, 2, newPage), ...content);
  };
  const extrasAfter = (key: SectionKey | null, inContent: boolean) => {
    for (const extra of procedure.extraSections.filter((section) => section.after === key)) {
      const content = extraContent(extra);
      if (inContent) subsection(extra.title, content);
      else if (extra.depth <= 1) {
        heading1(extra.title);
        blocks.push(...content);
      } else blocks.push(heading(extra.title, 2), ...content);
    }
  };
  extrasAfter(null, false);
  for (const key of TOP_SECTIONS) {
    heading1(titles[key]);
    if (key === "content") {
      extrasAfter("content", true);
      for (const subKey of CONTENT_SUBSECTIONS) {
        const content = SECTION_HANDLERS[subKey](context);
        // A drawn flowchart starts on a page of its own, so its canvases are never cut by a page end.
        const newPage = subKey === "flowchart" && context.options.flowchart !== "none";
        if (content.length > 0) subsection(titles[subKey], content, newPage);
        extrasAfter(subKey, true);
      }
    } else {
      const content = SECTION_HANDLERS[key](context);
      blocks.push(
        ...(content.length > 0 ? content : [safeParagraph(labels.none, { style: STYLE.body })]),
      );
      extrasAfter(key, false);
    }
  }
  return blocks;
}

function heading(text: string, level: 1 | 2, pageBreakBefore = false) {
  return safeParagraph(text, {
    ...(pageBreakBefore ? { pageBreakBefore } : {}),
    style: level === 1 ? STYLE.heading1 : STYLE.heading2,
    heading: level === 1 ? STYLE.heading1 : STYLE.heading2,
  });
}

function extraContent(extra: ExtraSection): BodyBlock[] {
  return richText(extra.blocks);
}
