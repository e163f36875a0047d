const CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

/**
 * `[Content_Types].xml`: docx's defaults and overrides (`start`, without the closing tag), then the
 * header and footer overrides the document needs, as docx adds them.
 */
export function contentTypes(start: string, parts: { header: boolean; footer: boolean }): string {
  const override = (part: "header" | "footer") =>
    `<Override ContentType="${CONTENT_TYPE}${part}+xml" PartName="/word/${part}1.xml"/>`;
  return `${start}${parts.header ? override("header") : ""}${parts.footer ? override("footer") : ""}</Types>`;
}
