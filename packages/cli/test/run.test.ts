import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { CheckReport } from "../src/report/file-report.js";
import { runCli } from "./run-io.js";
import { tempFolder } from "./temp-folder.js";

const repository = fileURLToPath(new URL("../../..", import.meta.url));
/** "Đăng" in Windows-1258: 0xD0 0xE3 are not UTF-8. */
const windows1258 = Uint8Array.from([0x23, 0x20, 0xd0, 0xe3, 0x6e, 0x67, 0x0a]);

describe("quytrinh check", () => {
  // Parses every example: allow for a slow, busy machine.
  test("checks the examples clean (exit 0)", { timeout: 30_000 }, async () => {
    const result = await runCli(["check", "examples"], repository);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^\d+ tệp: 0 lỗi, \d+ cảnh báo/m);
    expect(result.code).toBe(0);
  });

  test("keeps checking after a bad file and exits 1 when any file has an error", async () => {
    const cwd = await tempFolder({ "a-cu.md": windows1258, "b-trong.md": "", "c-le.txt": "" });
    const result = await runCli(["check", ".", "khong-co.md"], cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatchInlineSnapshot(`
      "a-cu.md:1:3  lỗi  Tệp không được lưu bằng mã UTF-8 (có thể là Windows-1258 hoặc TCVN3); hãy mở tệp và lưu lại với mã hóa UTF-8  encoding-invalid
                   Notepad: Tệp → Lưu thành… → Mã hóa: UTF-8. VS Code: bấm tên mã hóa ở thanh trạng thái → Save with Encoding → UTF-8. Tệp gõ bằng phông TCVN3 (ABC) cần chuyển mã sang Unicode trước (ví dụ bằng Unikey)

      b-trong.md  lỗi  Tệp trống, chưa có nội dung quy trình  file-empty
                  Xem mẫu đầy đủ trong docs/format.vi.md

      khong-co.md  lỗi  Không tìm thấy tệp hoặc thư mục \`khong-co.md\`  file-not-found

      3 tệp: 3 lỗi, 0 cảnh báo
      "
    `);
  });

  test("exits 0 when there are only warnings", async () => {
    const cwd = await tempFolder({ "trong/ghi-chu.txt": "" });
    const result = await runCli(["check", "trong", "--lang", "en"], cwd);
    expect(result).toEqual({
      code: 0,
      stdout:
        "trong  warning  Folder `trong` contains no `.md` files  no-markdown-files\n\n1 file: 0 errors, 1 warning\n",
      stderr: "",
    });
  });

  test("prints only a JSON report on stdout with --json", async () => {
    const cwd = await tempFolder({ "trong.md": "" });
    const result = await runCli(["check", "--json", "trong.md"], cwd);
    const report = JSON.parse(result.stdout) as CheckReport;
    expect(report).toEqual({
      files: [
        {
          file: "trong.md",
          diagnostics: [
            {
              ruleId: "file-empty",
              source: "quytrinh-cli",
              severity: "error",
              reason: "Tệp trống, chưa có nội dung quy trình",
              note: "Xem mẫu đầy đủ trong docs/format.vi.md",
            },
          ],
        },
      ],
      summary: { files: 1, errors: 1, warnings: 0, infos: 0 },
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
  });

  test("reports the parser's diagnostics with their positions", async () => {
    const cwd = await tempFolder({
      "thieu.md": "# Quy trình chưa viết xong\n\nChưa có bước nào.\n",
    });
    const result = await runCli(["check", "--json", "thieu.md"], cwd);
    const [file] = (JSON.parse(result.stdout) as CheckReport).files;
    expect(file?.diagnostics.some((d) => d.source === "quytrinh-markdown")).toBe(true);
    expect(file?.diagnostics.every((d) => d.place === undefined || d.place.start.line >= 1)).toBe(
      true,
    );
  });
});

describe("usage errors (exit 2, a short hint, no stack trace)", () => {
  test("no inputs", async () => {
    expect(await runCli(["check"], repository)).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "Thiếu tệp hoặc thư mục cần kiểm tra, ví dụ: quytrinh check examples\nXem hướng dẫn: quytrinh --help\n",
    });
  });

  test("an unknown option, in English with --lang en", async () => {
    expect(await runCli(["check", "examples", "--lang", "en", "--fast"], repository)).toEqual({
      code: 2,
      stdout: "",
      stderr: "Unknown option `--fast`\nSee: quytrinh --help\n",
    });
  });

  test("a language other than vi or en", async () => {
    const result = await runCli(["check", "examples", "--lang", "fr"], repository);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "`--lang` chỉ nhận `vi` hoặc `en`\nXem hướng dẫn: quytrinh --help\n",
    );
  });

  test("an unknown command", async () => {
    const result = await runCli(["kiemtra", "examples"], repository);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("Không có lệnh `kiemtra`\nXem hướng dẫn: quytrinh --help\n");
  });

  test("no command at all shows the help on stderr", async () => {
    const result = await runCli([], repository);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: quytrinh");
  });

  test("--help prints the help on stdout and exits 0", async () => {
    const result = await runCli(["check", "--help"], repository);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--lang <lang>");
  });
});
