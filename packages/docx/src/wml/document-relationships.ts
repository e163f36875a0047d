/** Where the relationship types of the main document part are defined. */
const TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/** What the main document refers to besides the parts every document has. */
export interface DocumentReferences {
  header: boolean;
  footer: boolean;
  /** Paths of the pictures under `word/`, such as `media/image1.png`, in order. */
  media: readonly string[];
}

/** The relationship ids of the header, the footer and each picture. */
export interface RelationshipIds {
  header?: string;
  footer?: string;
  media: string[];
}

/**
 * `word/_rels/document.xml.rels` numbered as docx numbers it: styles, numbering, notes and
 * settings, then the header, footer and theme, the pictures, and the font table last.
 */
export function documentRelationships(references: DocumentReferences): {
  xml: string;
  ids: RelationshipIds;
} {
  const entries: [type: string, target: string][] = [
    ["styles", "styles.xml"],
    ["numbering", "numbering.xml"],
    ["footnotes", "footnotes.xml"],
    ["endnotes", "endnotes.xml"],
    ["settings", "settings.xml"],
  ];
  const ids: RelationshipIds = { media: [] };
  const add = (type: string, target: string) => {
    entries.push([type, target]);
    return `rId${entries.length}`;
  };
  if (references.header) ids.header = add("header", "header1.xml");
  if (references.footer) ids.footer = add("footer", "footer1.xml");
  add("theme", "theme/theme1.xml");
  for (const path of references.media) ids.media.push(add("image", path));
  add("fontTable", "fontTable.xml");
  const relationships = entries
    .map(
      ([type, target], index) =>
        `<Relationship Id="rId${index + 1}" Type="${TYPE}${type}" Target="${target}"/>`,
    )
    .join("");
  return {
    xml: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`,
    ids,
  };
}
