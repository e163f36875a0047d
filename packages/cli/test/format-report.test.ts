import type { Diagnostic } from "@quytrinh/core";
import { describe, expect, test } from "vitest";
import { cliMessages } from "../src/messages.js";
import type { FileReport } from "../src/report/file-report.js";
import { summarize } from "../src/report/file-report.js";
import { formatReport } from "../src/report/format-report.js";

const at = (line: number, column: number) => ({
  start: { line, column },
  end: { line, column: column + 1 },
});

const missingActor: Diagnostic = {
  ruleId: "step-responsible-required",
  source: "quytrinh-core",
  severity: "error",
  reason: "Bước `B3` chưa có đơn vị chịu trách nhiệm",
  place: at(12, 3),
};
const badDuration: Diagnostic = {
  ruleId: "duration-unparsed",
  source: "quytrinh-markdown",
  severity: "warning",
  reason: "Không hiểu thời gian `ba ngày`",
  place: at(104, 41),
  expected: "03 ngày",
};
const noPlace: Diagnostic = {
  ruleId: "file-empty",
  source: "quytrinh-cli",
  severity: "info",
  reason: "Tệp trống",
};

const reports: FileReport[] = [
  { file: "examples/khai-sinh.md", diagnostics: [missingActor, badDuration] },
  { file: "examples/khai-tu.md", diagnostics: [] },
  { file: "nhap/trong.md", diagnostics: [noPlace] },
];

function print(lang: "vi" | "en", color = false): string {
  return formatReport(reports, summarize(reports), { messages: cliMessages(lang), color });
}

describe("formatReport", () => {
  test("aligns location, severity, reason and rule id per file, then the Vietnamese summary", () => {
    expect(print("vi")).toMatchInlineSnapshot(`
      "examples/khai-sinh.md:12:3    lỗi       Bước \`B3\` chưa có đơn vị chịu trách nhiệm  step-responsible-required
      examples/khai-sinh.md:104:41  cảnh báo  Không hiểu thời gian \`ba ngày\`             duration-unparsed
                                    Gợi ý: 03 ngày

      examples/khai-tu.md: không có vấn đề

      nhap/trong.md  lưu ý  Tệp trống  file-empty

      3 tệp: 1 lỗi, 1 cảnh báo, 1 lưu ý
      "
    `);
  });

  test("speaks English with --lang en, with plural counts", () => {
    expect(print("en")).toMatchInlineSnapshot(`
      "examples/khai-sinh.md:12:3    error    Bước \`B3\` chưa có đơn vị chịu trách nhiệm  step-responsible-required
      examples/khai-sinh.md:104:41  warning  Không hiểu thời gian \`ba ngày\`             duration-unparsed
                                    Suggestion: 03 ngày

      examples/khai-tu.md: no issues found

      nhap/trong.md  info  Tệp trống  file-empty

      3 files: 1 error, 1 warning, 1 info
      "
    `);
  });

  test("colours severities only when colour is on", () => {
    expect(print("vi", true)).toContain("\u001b[31mlỗi");
    expect(print("vi", false)).not.toContain("\u001b[");
  });

  test("counts one file with one error in the singular in English", () => {
    const one: FileReport[] = [{ file: "a.md", diagnostics: [missingActor] }];
    const text = formatReport(one, summarize(one), { messages: cliMessages("en"), color: false });
    expect(text.trimEnd().split("\n").at(-1)).toBe("1 file: 1 error, 0 warnings");
  });
});

test("puts clean files on consecutive lines", () => {
  const clean: FileReport[] = [
    { file: "a.md", diagnostics: [] },
    { file: "b.md", diagnostics: [] },
  ];
  const text = formatReport(clean, summarize(clean), { messages: cliMessages("vi"), color: false });
  expect(text).toBe("a.md: không có vấn đề\nb.md: không có vấn đề\n\n2 tệp: 0 lỗi, 0 cảnh báo\n");
});

describe("summarize", () => {
  test("counts files and diagnostics by severity", () => {
    expect(summarize(reports)).toEqual({ files: 3, errors: 1, warnings: 1, infos: 1 });
  });
});
