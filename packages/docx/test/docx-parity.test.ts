import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  type HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import JSZip from "jszip";
import { describe, expect, test } from "vitest";
import { imageFlowchart } from "../src/flowchart/image-flowchart.js";
import {
  type FlowchartImage,
  fixedTable,
  type ParagraphFormat,
  packDocx,
  paragraph,
  type RunFormat,
  safeRun,
  type WordBlock,
  type WordDocument,
} from "../src/index.js";
import { labelsFor } from "../src/labels.js";
import { PAGE, PIXELS_PER_TWIP, TEXT_WIDTH } from "../src/page/page-geometry.js";
import { pageNumberLine } from "../src/page/page-number-line.js";
import { documentStyles, STYLE } from "../src/page/styles.js";
import { stableDrawingIds } from "./support/docx-parts.js";

/** Text with every character docx escapes, a tab and Vietnamese. */
const TEXT = `Bước 1\t<w:t> & "hồ sơ" 'gốc'`;

/** Paragraph formats and the runs in them, written once by docx and once by our writer. */
const CASES: [ParagraphFormat, [string, RunFormat][]][] = [
  [{}, []],
  [{}, [[TEXT, {}]]],
  [{ style: STYLE.body }, [["", {}]]],
  [{ heading: STYLE.heading1, style: STYLE.heading1 }, [["1. Mục đích", {}]]],
  [{ style: STYLE.tableText }, []],
  [
    {
      style: STYLE.list,
      keepNext: false,
      keepLines: true,
      pageBreakBefore: true,
      spacing: { before: 10, after: 20 },
      indent: { left: 567, hanging: 283 },
      alignment: "both",
    },
    [
      ["a)\t", {}],
      [TEXT, { bold: true, italics: true, size: 24 }],
    ],
  ],
  [
    { keepNext: true, spacing: { after: 0 }, indent: { firstLine: 0 }, alignment: "center" },
    [
      ["x", { bold: false }],
      ["y", { italics: false, size: 4 }],
    ],
  ],
  [{ spacing: { before: 0 }, alignment: "left" }, [["z", { italics: true }]]],
  [{ alignment: "right", keepLines: false }, [["w", { bold: true }]]],
];

/** The same paragraph as docx builds it from the same options. */
function docxParagraph([format, runs]: (typeof CASES)[number]): Paragraph {
  const { heading, ...rest } = format;
  return new Paragraph({
    ...rest,
    ...(heading ? { heading: heading as (typeof HeadingLevel)[keyof typeof HeadingLevel] } : {}),
    children: runs.map(([text, run]) => new TextRun({ ...run, text })),
  });
}

const ours = (): WordBlock[] =>
  CASES.map(([format, runs]) =>
    paragraph(
      format,
      runs.map(([text, run]) => safeRun(text, run)),
    ),
  );

/** Cells of a table: text, column spans and vertical centring, as `fixedTable` takes them. */
const CELLS: { text: string; span?: number; middle?: boolean }[][] = [
  [{ text: "Bước" }, { text: "Nội dung <công việc>" }, { text: "Thời gian" }],
  [{ text: "B1", middle: true }, { text: "dòng 1" }, { text: "" }],
  [{ text: "Tổng", span: 2 }, { text: "4 giờ" }],
];
const WIDTHS = [1000, 6355, 2000];

/** The same table as `fixedTable` used to build it with docx's classes. */
function docxTable(borderless: boolean): Table {
  const line = borderless
    ? { style: BorderStyle.NONE, size: 0, color: "FFFFFF" }
    : { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const rows = CELLS.map((cells, rowIndex) => {
    const heading = rowIndex === 0;
    let column = 0;
    const children = cells.map((cell) => {
      const span = cell.span ?? 1;
      const width = WIDTHS.slice(column, column + span).reduce((sum, value) => sum + value, 0);
      column += span;
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        ...(span > 1 ? { columnSpan: span } : {}),
        ...(heading ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "E7E6E6" } } : {}),
        verticalAlign: heading || cell.middle ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
        children: [
          new Paragraph({
            style: heading ? STYLE.tableHeading : STYLE.tableText,
            children: [new TextRun({ text: cell.text })],
          }),
        ],
      });
    });
    return new TableRow({ children, tableHeader: heading, cantSplit: heading });
  });
  return new Table({
    width: { size: 9355, type: WidthType.DXA },
    columnWidths: WIDTHS,
    layout: TableLayoutType.FIXED,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    margins: { left: 80, right: 80, top: 20, bottom: 20 },
    rows,
  });
}

/** The table from `fixedTable`. */
function ourTable(borderless: boolean): WordBlock {
  const [header = [], ...rows] = CELLS.map((cells) =>
    cells.map((cell) => ({
      content: cell.text,
      ...(cell.span ? { span: cell.span } : {}),
      ...(cell.middle ? { middle: true } : {}),
    })),
  );
  return fixedTable({ widths: WIDTHS, header, rows, borderless });
}

/** "Trang: x/y" as the footer used to be built with docx. */
function docxPageNumberLine(): Paragraph {
  return new Paragraph({
    style: STYLE.headerText,
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({ text: "Trang: " }),
      new TextRun({ children: [PageNumber.CURRENT] }),
      new TextRun({ text: "/" }),
      new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
    ],
  });
}

/** docx's document in the quytrinh look with the given header, footer and body. */
function docxDocument(parts: { header?: Paragraph[]; footer?: Paragraph[]; body: Paragraph[] }) {
  return new Document({
    creator: "quytrinh",
    title: "Bài <tập> & đáp án",
    description: "Mô tả",
    styles: documentStyles(),
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
        },
        ...(parts.header ? { headers: { default: new Header({ children: parts.header }) } } : {}),
        ...(parts.footer ? { footers: { default: new Footer({ children: parts.footer }) } } : {}),
        children: parts.body,
      },
    ],
  });
}

function ourDocument(parts: { header?: WordBlock[]; footer?: WordBlock[]; body: WordBlock[] }) {
  const document: WordDocument = {
    ...parts,
    properties: { creator: "quytrinh", title: "Bài <tập> & đáp án", description: "Mô tả" },
  };
  return document;
}

/** Every part of a package, sorted by path; the creation times are blanked and drawing ids renumbered. */
async function partsOf(bytes: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const parts: [string, string][] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const text = await file.async(file.name.includes("/media/") ? "base64" : "string");
    const undated = text.replace(/(W3CDTF">)[^<]+</g, "$1<");
    parts.push([file.name, stableDrawingIds(undated)]);
  }
  return parts.sort(([a], [b]) => a.localeCompare(b));
}

const PNG = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82]);

/** The image flowchart as docx's `ImageRun` wrote it. */
function docxImage(image: FlowchartImage): Paragraph {
  const scale = Math.min(
    1,
    Math.floor(TEXT_WIDTH * PIXELS_PER_TWIP) / image.width,
    820 / image.height,
  );
  const transformation = {
    width: Math.round(image.width * scale),
    height: Math.round(image.height * scale),
  };
  const altText = { name: "Lưu đồ quy trình", description: "", title: "" };
  const run =
    image.svg === undefined
      ? new ImageRun({ type: "png", data: image.png, transformation, altText })
      : new ImageRun({
          type: "svg",
          data: new TextEncoder().encode(image.svg),
          fallback: { type: "png", data: image.png },
          transformation,
          altText,
        });
  return new Paragraph({ alignment: AlignmentType.CENTER, keepLines: true, children: [run] });
}

describe("our WordprocessingML writer writes what docx writes", { timeout: 60_000 }, () => {
  const layouts = {
    "a header and a footer": { header: true, footer: true },
    "a header only": { header: true, footer: false },
    "a footer only": { header: false, footer: true },
    neither: { header: false, footer: false },
  };
  for (const [name, layout] of Object.entries(layouts)) {
    test(`every part of a package with ${name}`, async () => {
      const theirs = docxDocument({
        ...(layout.header
          ? { header: [new Paragraph({ style: STYLE.headerText, children: [new TextRun(TEXT)] })] }
          : {}),
        ...(layout.footer ? { footer: [docxPageNumberLine()] } : {}),
        body: CASES.map(docxParagraph),
      });
      const mine = ourDocument({
        ...(layout.header
          ? { header: [paragraph({ style: STYLE.headerText }, [safeRun(TEXT)])] }
          : {}),
        ...(layout.footer ? { footer: [pageNumberLine(labelsFor("vi"))] } : {}),
        body: ours(),
      });
      expect(await partsOf(await packDocx(mine))).toEqual(
        await partsOf(await Packer.pack(theirs, "uint8array")),
      );
    });
  }

  for (const borderless of [false, true]) {
    test(`a fixed table ${borderless ? "without" : "with"} borders`, async () => {
      const theirs = docxDocument({ body: [docxTable(borderless) as never, new Paragraph({})] });
      const mine = ourDocument({ body: [ourTable(borderless), paragraph({})] });
      expect(await partsOf(await packDocx(mine))).toEqual(
        await partsOf(await Packer.pack(theirs, "uint8array")),
      );
    });
  }

  const images: Record<string, FlowchartImage> = {
    "a PNG": { png: PNG, width: 2000, height: 1000 },
    "an SVG with its PNG fallback": {
      png: PNG,
      svg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      width: 300,
      height: 200,
    },
  };
  for (const [name, image] of Object.entries(images)) {
    test(`every part of a package with ${name} after a header`, async () => {
      const header = [new Paragraph({ children: [new TextRun("H")] })];
      const theirs = docxDocument({
        header,
        body: [docxParagraph(CASES[1] as never), docxImage(image)],
      });
      const mine = ourDocument({
        header: [paragraph({}, [safeRun("H")])],
        body: [...ours().slice(1, 2), ...imageFlowchart(image, labelsFor("vi"))],
      });
      expect(await partsOf(await packDocx(mine))).toEqual(
        await partsOf(await Packer.pack(theirs, "uint8array")),
      );
    });
  }
});
