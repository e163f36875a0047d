import { describe, expect, test } from "vitest";
import { khaiSinh } from "./models/khai-sinh.js";
import { build } from "./support/build.js";
import { styledTexts, wordParagraphs } from "./support/word-xml.js";

const TWIPS_PER_MM = 1440 / 25.4;

describe("page and type", { timeout: 60_000 }, () => {
  test("the page is A4 portrait with margins inside the Decree 30/2020 ranges", async () => {
    const { document } = await build(khaiSinh());
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const margin = (side: string) =>
      Number(
        new RegExp(`w:${side}="(\\d+)"`).exec(/<w:pgMar [^>]*>/.exec(document)?.[0] ?? "")?.[1],
      ) / TWIPS_PER_MM;
    expect(margin("top")).toBeGreaterThanOrEqual(19.9);
    expect(margin("top")).toBeLessThanOrEqual(25.1);
    expect(margin("bottom")).toBeGreaterThanOrEqual(19.9);
    expect(margin("bottom")).toBeLessThanOrEqual(25.1);
    expect(margin("left")).toBeGreaterThanOrEqual(29.9);
    expect(margin("left")).toBeLessThanOrEqual(35.1);
    expect(margin("right")).toBeGreaterThanOrEqual(14.9);
    expect(margin("right")).toBeLessThanOrEqual(20.1);
  });

  test("the default font is Times New Roman 13 pt in all four slots, in Vietnamese", async () => {
    const { styles } = await build(khaiSinh());
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
    for (const slot of ["ascii", "hAnsi", "cs", "eastAsia"]) {
      expect(defaults).toContain(`w:${slot}="Times New Roman"`);
    }
    expect(defaults).toContain('<w:sz w:val="26"/>');
    expect(defaults).toContain('w:val="vi-VN"');
  });

  test("headings are the document's own black styles, never blue", async () => {
    const { styles } = await build(khaiSinh());
    const heading = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
    for (const id of ["Heading1", "Heading2", "Title"]) {
      expect(heading(id)).toContain('<w:color w:val="000000"/>');
      expect(heading(id)).toContain('w:ascii="Times New Roman"');
    }
  });
});

describe("tables", { timeout: 60_000 }, () => {
  test("every table has a fixed layout and DXA widths on the table, the grid and every cell", async () => {
    const { document, header } = await build(khaiSinh());
    for (const part of [document, header]) {
      const tables = part.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        expect(table).toContain('<w:tblLayout w:type="fixed"/>');
        expect(table).toMatch(/<w:tblW w:type="dxa" w:w="\d+"\/>/);
        expect(table).toMatch(/<w:gridCol w:w="\d+"\/>/);
        const cells = table.match(/<w:tc>/g)?.length ?? 0;
        expect(table.match(/<w:tcW w:type="dxa" w:w="\d+"\/>/g)?.length).toBe(cells);
      }
    }
  });

  test("the process table's header row repeats on every page", async () => {
    const { document } = await build(khaiSinh());
    const table = (document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((candidate) =>
      candidate.includes("Nội dung công việc"),
    );
    expect(/<w:tr>\s*<w:trPr>\s*<w:cantSplit\/>\s*<w:tblHeader\/>/.test(table ?? "")).toBe(true);
  });

  test("the process table closes with the longest path's time next to the legal limit", async () => {
    const { document } = await build(khaiSinh());
    const texts = wordParagraphs(document).map((paragraph) => paragraph.text);
    const at = texts.indexOf("Tổng thời gian theo đường dài nhất: 4 giờ (chưa tính B1)");
    expect(texts.slice(at, at + 2)).toEqual([
      "Tổng thời gian theo đường dài nhất: 4 giờ (chưa tính B1)",
      "Thời hạn theo quy định: Trong ngày",
    ]);
  });
});

describe("header and first page", { timeout: 60_000 }, () => {
  test("the header table names the bodies, the title, the code, issue, date and Trang x/y", async () => {
    const { header } = await build(khaiSinh());
    const texts = styledTexts(header, "HeaderText");
    expect(texts).toEqual([
      "UBND THÀNH PHỐ HẢI PHÒNG",
      "UBND XÃ TÂN TRƯỜNG",
      "QUY TRÌNH",
      "ĐĂNG KÝ KHAI SINH",
      "Mã số: QT-HT-01",
      "Lần ban hành: 01",
      "Ngày hiệu lực: 02/03/2026",
      "Trang: /",
    ]);
    expect(header).toContain(">PAGE</w:instrText>");
    expect(header).toContain(">NUMPAGES</w:instrText>");
  });

  test("the approval block has Soạn thảo, Xem xét and Phê duyệt with position, signature and name", async () => {
    const { document } = await build(khaiSinh());
    const texts = wordParagraphs(document).map((paragraph) => paragraph.text);
    const at = texts.indexOf("Soạn thảo");
    expect(texts.slice(at, at + 3)).toEqual(["Soạn thảo", "Xem xét", "Phê duyệt"]);
    expect(texts).toContain("Chữ ký");
    expect(texts).toEqual(
      expect.arrayContaining(["Nguyễn Thị Hằng", "Trần Văn Bình", "Lê Minh Tuấn"]),
    );
  });

  test("with no revision history the revision table has one 'Ban hành lần đầu' row", async () => {
    const { document } = await build(khaiSinh());
    const texts = wordParagraphs(document).map((paragraph) => paragraph.text);
    const at = texts.indexOf("Mô tả nội dung sửa đổi");
    expect(texts.slice(at + 2, at + 6)).toEqual(["02/03/2026", "", "Ban hành lần đầu", "01"]);
  });
});

describe("body", { timeout: 60_000 }, () => {
  test("sections come in the standard order, with 5.x subsections and the extra section kept in place", async () => {
    const { document } = await build(khaiSinh());
    expect(styledTexts(document, "Heading1")).toEqual([
      "1. Mục đích",
      "2. Phạm vi áp dụng",
      "3. Tài liệu viện dẫn",
      "4. Định nghĩa / Viết tắt",
      "5. Nội dung quy trình",
      "6. Biểu mẫu",
      "7. Hồ sơ cần lưu",
    ]);
    expect(styledTexts(document, "Heading2")).toEqual([
      "5.1. Cơ sở pháp lý",
      "5.2. Điều kiện thực hiện",
      "5.3. Thành phần hồ sơ",
      "5.4. Số lượng hồ sơ",
      "5.5. Thời gian xử lý",
      "5.6. Nơi tiếp nhận và trả kết quả",
      "5.7. Lệ phí",
      "5.8. Ghi chú thêm",
      "5.9. Trách nhiệm",
      "5.10. Lưu đồ",
      "5.11. Quy trình xử lý công việc",
    ]);
  });

  test("legal basis entries are one per line, ';' after each and '.' after the last", async () => {
    const { document } = await build(khaiSinh());
    const lines = styledTexts(document, "ListLine").filter((line) => / số \d/.test(line));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe("-\u00A0Luật số 60/2014/QH13 ngày 20/11/2014 của Quốc hội về Hộ tịch;");
    expect(lines.at(-1)?.endsWith("một cửa liên thông.")).toBe(true);
  });

  test("an empty top-level section says so instead of disappearing", async () => {
    const procedure = { ...khaiSinh(), forms: [] };
    const { document } = await build(procedure);
    const texts = wordParagraphs(document).map((paragraph) => paragraph.text);
    expect(texts[texts.indexOf("6. Biểu mẫu") + 1]).toBe("Không có.");
  });

  test("English labels on request", async () => {
    const { document } = await build(khaiSinh(), { lang: "en" });
    expect(styledTexts(document, "Heading1")[0]).toBe("1. Purpose");
    expect(document).toContain("Prepared by");
  });

  test("an extra step column is a column; columns beyond the page width go in the task cell", async () => {
    const procedure = khaiSinh();
    procedure.stepColumns = ["Phần mềm", "Ghi chú nội bộ"];
    const first = procedure.steps[0];
    if (first) {
      first.extra = [
        { column: "Phần mềm", value: "VNeID" },
        { column: "Ghi chú nội bộ", value: "Không thu phí" },
      ];
    }
    const { document } = await build(procedure);
    const texts = wordParagraphs(document).map((paragraph) => paragraph.text);
    const header = texts.indexOf("Biểu mẫu/Kết quả");
    expect(texts.slice(header, header + 2)).toEqual(["Biểu mẫu/Kết quả", "Phần mềm"]);
    expect(texts).toContain("VNeID");
    expect(texts).toContain("Ghi chú nội bộ: Không thu phí");
  });
});
