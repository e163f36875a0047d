import { describe, expect, test } from "vitest";
import { flowchartParagraphs, packDocx, quytrinhDocument } from "../src/index.js";
import { khaiSinh } from "./models/khai-sinh.js";
import { largeProcedure } from "./models/large-procedure.js";
import { docxPart } from "./support/docx-parts.js";

/** The texts of the runs of `word/document.xml`, drawings included. */
function runTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text = ""]) => text);
}

async function documentXml(paragraphs: ReturnType<typeof flowchartParagraphs>) {
  return docxPart(await packDocx(quytrinhDocument(paragraphs)), "word/document.xml");
}

describe("flowchartParagraphs", { timeout: 60_000 }, () => {
  test("draws every step's text and the terminals in a canvas", async () => {
    const texts = runTexts(await documentXml(flowchartParagraphs(khaiSinh())));
    expect(texts).toEqual(expect.arrayContaining(["B5. Ký Giấy khai sinh", "Kết thúc"]));
  });

  test("stepLabels replaces the text of the steps it names, and only those", async () => {
    const labels = new Map([
      ["B2", "(1)"],
      ["B5", "(2)"],
    ]);
    const texts = runTexts(
      await documentXml(flowchartParagraphs(khaiSinh(), { stepLabels: labels })),
    );
    expect(texts).toEqual(
      expect.arrayContaining(["(1)", "(2)", "B6. Trả kết quả, cập nhật sổ theo dõi"]),
    );
    expect(texts.join("|")).not.toMatch(/Ký Giấy khai sinh|Kiểm tra hồ sơ/);
  });

  test("English terminals with lang: en", async () => {
    const texts = runTexts(await documentXml(flowchartParagraphs(khaiSinh(), { lang: "en" })));
    expect(texts).toEqual(expect.arrayContaining(["End"]));
  });

  test("a procedure without steps gives no paragraphs", () => {
    expect(flowchartParagraphs({ ...khaiSinh(), steps: [] })).toEqual([]);
  });

  test("a large procedure is split into captioned parts", async () => {
    const texts = runTexts(await documentXml(flowchartParagraphs(largeProcedure(60))));
    expect(texts).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Lưu đồ \(phần 1\/\d+\)$/)]),
    );
  });
});
