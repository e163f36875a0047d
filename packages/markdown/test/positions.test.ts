import { fromMarkdown } from "@quytrinh/markdown";
import { describe, expect, test } from "vitest";

const DOC = [
  "---",
  "code: QT-01",
  "preparedBy:",
  "  name: Nguyễn Thị Hằng",
  "  date: 2026-02-30",
  "---",
  "",
  "# Tiêu đề",
  "",
  "## 1. Mục đích",
  "",
  "Văn bản.",
  "",
  "## 5. Nội dung quy trình",
  "",
  "| Bước | Nội dung công việc | Trách nhiệm | Thời gian |",
  "| --- | --- | --- | --- |",
  "| B1 | Tiếp nhận | Công chức | vài phút |",
].join("\n");

const LAST = "| B1 | Tiếp nhận | Công chức | vài phút |";
/** Column of the cell holding "vài phút" (a cell starts at its leading pipe). */
const CELL = LAST.indexOf("| vài") + 1;

describe("places point at the author's text", () => {
  test("front-matter fields by dotted path, offset past the opening fence", () => {
    const { procedure } = fromMarkdown(DOC);
    const offset = DOC.indexOf("name: Nguyễn");
    expect(procedure.control.fieldPlaces?.["preparedBy.name"]).toEqual({
      start: { line: 4, column: 3, offset },
      end: { line: 4, column: 24, offset: offset + 21 },
    });
    expect(procedure.control.fieldPlaces?.code?.start).toEqual({ line: 2, column: 1, offset: 4 });
  });

  test("section headings, steps and cells", () => {
    const { procedure, diagnostics } = fromMarkdown(DOC);
    expect(procedure.sectionPlaces?.purpose?.start.line).toBe(10);
    expect(procedure.sectionPlaces?.content?.start.line).toBe(14);
    expect(procedure.steps[0]?.place?.start).toEqual({
      line: 18,
      column: 1,
      offset: DOC.indexOf(LAST),
    });
    expect(diagnostics.map((d) => [d.ruleId, d.place?.start.line, d.place?.start.column])).toEqual([
      ["date-invalid", 5, 3],
      ["duration-unparsed", 18, CELL],
    ]);
  });

  test("a BOM and CRLF keep line numbers and count the BOM as a column of line 1", () => {
    const crlf = `\ufeff${DOC.replaceAll("\n", "\r\n")}`;
    const { diagnostics, procedure } = fromMarkdown(crlf);
    expect(diagnostics.map((d) => [d.ruleId, d.place?.start.line, d.place?.start.column])).toEqual([
      ["date-invalid", 5, 3],
      ["duration-unparsed", 18, CELL],
    ]);
    expect(procedure.control.fieldPlaces?.code?.start).toEqual({ line: 2, column: 1, offset: 6 });
  });

  test("NFD text maps columns back to the decomposed line", () => {
    const nfd = DOC.normalize("NFD");
    const { diagnostics, procedure } = fromMarkdown(nfd);
    const column = LAST.normalize("NFD").indexOf("| va") + 1;
    expect(column).toBeGreaterThan(CELL);
    expect(diagnostics.at(-1)?.place?.start).toMatchObject({ line: 18, column });
    expect(procedure.steps[0]?.action).toBe("Tiếp nhận".normalize("NFC"));
  });

  test("a lone CR ends a line as in Markdown", () => {
    const { diagnostics } = fromMarkdown(DOC.replaceAll("\n", "\r"));
    expect(diagnostics.map((d) => d.place?.start.line)).toEqual([5, 18]);
  });
});

describe("arguments", () => {
  test("a non-string is programmer misuse and throws", () => {
    expect(() => fromMarkdown(42 as unknown as string)).toThrow(TypeError);
  });

  test("messages are in English on request", () => {
    const { diagnostics } = fromMarkdown(DOC, { lang: "en" });
    expect(diagnostics.map((d) => d.reason)).toEqual([
      "Date `2026-02-30` in field `preparedBy.date` is invalid or does not exist",
      "Cannot read duration `vài phút`",
    ]);
  });

  test("the empty document is an empty procedure with two warnings", () => {
    const { procedure, diagnostics } = fromMarkdown("");
    expect(procedure.control).toEqual({ code: "", title: "", revisions: [], language: "vi" });
    expect(diagnostics.map((d) => d.ruleId)).toEqual([
      "front-matter-missing",
      "steps-table-missing",
    ]);
  });
});
