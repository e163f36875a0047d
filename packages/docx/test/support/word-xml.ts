/** A paragraph of `word/document.xml`: its style id and its text. */
export interface WordParagraph {
  style: string | undefined;
  text: string;
}

const ENTITIES: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
  "&quot;": '"',
  "&apos;": "'",
};

/** The paragraphs of a WordprocessingML part, outside drawings, with their style and text. */
export function wordParagraphs(xml: string): WordParagraph[] {
  const body = xml.replace(/<w:drawing>[\s\S]*?<\/w:drawing>/g, "");
  return [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1],
    text: [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((match) => match[1] ?? "")
      .join("")
      .replace(/&[a-z]+;/g, (entity) => ENTITIES[entity] ?? entity),
  }));
}

/** The texts of the paragraphs with a style. */
export function styledTexts(xml: string, style: string): string[] {
  return wordParagraphs(xml)
    .filter((paragraph) => paragraph.style === style)
    .map((paragraph) => paragraph.text);
}
