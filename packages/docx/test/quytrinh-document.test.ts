import mammoth from "mammoth";
import { describe, expect, test } from "vitest";
import { packDocx, paragraph, quytrinhDocument, safeRun } from "../src/index.js";
import { docxPart } from "./support/docx-parts.js";

const CONTENT = () => [paragraph({}, [safeRun("Câu 1. Sắp xếp các bước")])];

async function parts(lang?: "vi" | "en") {
  const document = quytrinhDocument(CONTENT(), {
    title: "Bài tập lưu đồ",
    ...(lang ? { lang } : {}),
  });
  const bytes = await packDocx(document);
  const part = (path: string) => docxPart(bytes, path);
  return {
    bytes,
    document: await part("word/document.xml"),
    styles: await part("word/styles.xml"),
    header: await part("word/header1.xml"),
    footer: await part("word/footer1.xml"),
  };
}

describe("quytrinhDocument", { timeout: 60_000 }, () => {
  test("mammoth reads the content without problems", async () => {
    const { bytes } = await parts();
    const { value, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(messages.filter((message) => message.type === "error")).toEqual([]);
    expect(value).toContain("Câu 1. Sắp xếp các bước");
  });

  test("A4 with the Decree 30 margins of toDocx", async () => {
    const { document } = await parts();
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  test("Times New Roman in all four slots and Vietnamese in the default style", async () => {
    const { styles } = await parts();
    expect(styles).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>',
    );
    expect(styles).toContain('w:val="vi-VN"');
  });

  test("the title heads every page and the footer numbers pages", async () => {
    const { header, footer } = await parts();
    expect(header).toContain("Bài tập lưu đồ");
    expect(footer).toContain("Trang: ");
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  test("English page label with lang: en", async () => {
    expect((await parts("en")).footer).toContain("Page: ");
  });
});
