import { contentTypes } from "../wml/content-types.js";
import { corePropertiesXml } from "../wml/core-properties-xml.js";
import { documentRelationships } from "../wml/document-relationships.js";
import { resolveMediaReferences } from "../wml/media-reference.js";
import { sectionProperties } from "../wml/section-properties.js";
import { PICTURES_IN_BODY_ONLY, type WordBlock } from "../wml/word-block.js";
import type { WordDocument } from "../wml/word-document.js";
import type { ShellPackage } from "./shell-package.js";

/** The parts written for one document, as text by path, and its pictures as bytes by path. */
export interface DocumentParts {
  parts: Map<string, string>;
  media: [path: string, data: Uint8Array][];
}

/**
 * The parts of a package that differ between documents: `word/document.xml` with its
 * relationships, the header and footer when there are any, the core properties and the content
 * types; the root elements come from docx's shell package.
 */
export function documentParts(document: WordDocument, shell: ShellPackage): DocumentParts {
  const media = collectMedia(document.body);
  const references = {
    header: document.header !== undefined,
    footer: document.footer !== undefined,
  };
  const relationships = documentRelationships({
    ...references,
    media: media.map(([path]) => path.slice("word/".length)),
  });
  const { ids } = relationships;
  let body = shell.documentStart;
  let picture = 0;
  for (const block of document.body) {
    if (block.kind === "paragraph" && block.media) {
      const first = picture;
      body += resolveMediaReferences(block.xml, (index) => ids.media[first + index] ?? "");
      picture += block.media.length;
    } else body += block.xml;
  }
  body += `${sectionProperties(ids)}</w:body></w:document>`;
  const parts = new Map<string, string>([
    ["[Content_Types].xml", contentTypes(shell.contentTypesStart, references)],
    ["word/_rels/document.xml.rels", relationships.xml],
    ["word/document.xml", body],
    ["docProps/core.xml", corePropertiesXml(document.properties, new Date())],
  ]);
  if (document.header) {
    parts.set("word/header1.xml", `${shell.headerStart}${blocksXml(document.header)}</w:hdr>`);
  }
  if (document.footer) {
    parts.set("word/footer1.xml", `${shell.footerStart}${blocksXml(document.footer)}</w:ftr>`);
  }
  return { parts, media };
}

function blocksXml(blocks: readonly WordBlock[]): string {
  let xml = "";
  for (const block of blocks) {
    if (block.kind === "paragraph" && block.media) throw new RangeError(PICTURES_IN_BODY_ONLY);
    xml += block.xml;
  }
  return xml;
}

/** The pictures of the body as `word/media/imageN.ext`, N counting the paragraphs that have some. */
function collectMedia(blocks: readonly WordBlock[]): [string, Uint8Array][] {
  const media: [string, Uint8Array][] = [];
  let image = 0;
  for (const block of blocks) {
    if (block.kind !== "paragraph" || !block.media) continue;
    image += 1;
    for (const file of block.media) {
      media.push([`word/media/image${image}.${file.extension}`, file.data]);
    }
  }
  return media;
}
