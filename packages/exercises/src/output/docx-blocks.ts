import {
  DOCX_STYLES,
  fixedTable,
  paragraph,
  safeParagraph,
  safeRun,
  TEXT_WIDTH,
  type WordParagraph,
  type WordTable,
} from "@quytrinh/docx";

/** Width of the text on an A4 page with the Decree 30 margins of `quytrinhDocument`, in twips. */
export { TEXT_WIDTH };

const STYLE = DOCX_STYLES;

/** The centred, bold title of a handout or answer key. */
export function titleParagraph(text: string): WordParagraph {
  return safeParagraph(text, { style: STYLE.title });
}

/** A section heading ("Hướng dẫn", "Các thẻ"). */
export function headingParagraph(text: string): WordParagraph {
  return safeParagraph(text, { style: STYLE.heading2 });
}

/** A paragraph of body text; `centred` for a line under the title. */
export function bodyParagraph(text: string, centred = false): WordParagraph {
  return safeParagraph(text, {
    style: STYLE.body,
    ...(centred ? { alignment: "center", indent: { firstLine: 0 } } : {}),
  });
}

/**
 * A line of a list with its marker ("1.", "a)") hanging in the margin; `keepWithNext` holds it on
 * the page of the next line, so a short list is never split.
 */
export function listParagraph(marker: string, text: string, keepWithNext = false): WordParagraph {
  return paragraph({ style: STYLE.list, keepNext: keepWithNext }, [
    safeRun(`${marker}\t`),
    safeRun(text),
  ]);
}

/**
 * A bordered table of text with absolute widths (twips) and a fixed layout, so LibreOffice keeps
 * them; the heading row repeats on each page. `roomy` gives empty rows space to write in by hand.
 */
export function textTable(
  widths: readonly number[],
  header: readonly string[],
  rows: readonly (readonly string[])[],
  roomy = false,
): WordTable {
  const roomyCell = (text: string) =>
    text
      .split("\n")
      .map((line) =>
        safeParagraph(line, { style: STYLE.tableText, spacing: { before: 160, after: 160 } }),
      );
  return fixedTable({
    widths,
    header,
    rows: rows.map((cells) =>
      widths.map((_, index) => (roomy ? roomyCell(cells[index] ?? "") : (cells[index] ?? ""))),
    ),
  });
}
