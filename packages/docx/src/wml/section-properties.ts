import { PAGE } from "../page/page-geometry.js";

/**
 * The section properties closing the body, as docx writes them: the header and footer
 * references given, then A4 portrait with the Decree 30/2020 margins.
 */
export function sectionProperties(references: { header?: string; footer?: string }): string {
  const { margin } = PAGE;
  const header = references.header
    ? `<w:headerReference w:type="default" r:id="${references.header}"/>`
    : "";
  const footer = references.footer
    ? `<w:footerReference w:type="default" r:id="${references.footer}"/>`
    : "";
  return (
    `<w:sectPr>${header}${footer}<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${margin.top}" w:right="${margin.right}" w:bottom="${margin.bottom}" w:left="${margin.left}" w:header="${margin.header}" w:footer="${margin.footer}" w:gutter="0"/>` +
    `<w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr>`
  );
}
