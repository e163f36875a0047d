import { AlignmentType, type IStylesOptions } from "docx";
import { FONT_SLOTS, LANGUAGE, SIZE } from "./fonts.js";

/** Paragraph style ids the document uses. */
export const STYLE = {
  heading1: "Heading1",
  heading2: "Heading2",
  title: "Title",
  body: "BodyText",
  list: "ListLine",
  tableText: "TableText",
  tableHeading: "TableHeading",
  headerText: "HeaderText",
  caption: "Caption",
} as const;

const BLACK = "000000";

/** The document's own styles: Times New Roman 13 pt in black, Vietnamese, no blue headings. */
export function documentStyles(): IStylesOptions {
  const run = { font: FONT_SLOTS, size: SIZE.body, color: BLACK, language: LANGUAGE };
  const tight = { before: 0, after: 0, line: 240 };
  return {
    default: {
      document: { run, paragraph: { spacing: { before: 0, after: 120 } } },
    },
    paragraphStyles: [
      {
        id: STYLE.heading1,
        name: "heading 1",
        next: STYLE.body,
        quickFormat: true,
        run: { ...run, bold: true, allCaps: true },
        paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
      },
      {
        id: STYLE.heading2,
        name: "heading 2",
        next: STYLE.body,
        quickFormat: true,
        run: { ...run, bold: true },
        paragraph: { keepNext: true, keepLines: true, spacing: { before: 160, after: 80 } },
      },
      {
        id: STYLE.title,
        name: "Title",
        run: { ...run, size: SIZE.title, bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 60 } },
      },
      {
        id: STYLE.body,
        name: "Body Text",
        run,
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: 567 },
          spacing: { before: 0, after: 120, line: 276 },
        },
      },
      {
        id: STYLE.list,
        name: "List Line",
        run,
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { left: 567, hanging: 283 },
          spacing: { before: 0, after: 80, line: 276 },
        },
      },
      {
        id: STYLE.tableText,
        name: "Table Text",
        run: { ...run, size: SIZE.table },
        paragraph: { spacing: { before: 40, after: 40, line: 240 } },
      },
      {
        id: STYLE.tableHeading,
        name: "Table Heading",
        basedOn: STYLE.tableText,
        run: { ...run, size: SIZE.table, bold: true },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: tight },
      },
      {
        id: STYLE.headerText,
        name: "Header Text",
        run: { ...run, size: SIZE.table },
        paragraph: { alignment: AlignmentType.CENTER, spacing: tight },
      },
      {
        id: STYLE.caption,
        name: "caption",
        run: { ...run, size: SIZE.table, italics: true },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 60 } },
      },
    ],
  };
}
