import { escapeXml } from "./escape-xml.js";
import type { CoreProperties } from "./word-document.js";

const NAMESPACES =
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/**
 * `docProps/core.xml` as docx writes it: title, creator and description when given, docx's
 * "Un-named" last editor, revision 1, and `created` and `modified` set to `now`.
 */
export function corePropertiesXml(properties: CoreProperties, now: Date): string {
  const element = (name: string, value: string | undefined) =>
    value ? `<${name}>${escapeXml(value)}</${name}>` : "";
  const time = (name: string) =>
    `<${name} xsi:type="dcterms:W3CDTF">${now.toISOString()}</${name}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties ${NAMESPACES}>` +
    element("dc:title", properties.title) +
    element("dc:creator", properties.creator) +
    element("dc:description", properties.description) +
    "<cp:lastModifiedBy>Un-named</cp:lastModifiedBy><cp:revision>1</cp:revision>" +
    `${time("dcterms:created")}${time("dcterms:modified")}</cp:coreProperties>`
  );
}
