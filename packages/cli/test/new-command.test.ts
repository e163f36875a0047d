import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { CheckReport } from "../src/report/file-report.js";
import { exampleText } from "./example-folder.js";
import { runCli } from "./run-io.js";
import { tempFolder } from "./temp-folder.js";

const CONFIG = [
  "issuingBody: UBND xã Tân Trường",
  "parentBody: UBND thành phố Hải Phòng",
  "codePattern: QT-HT-{nn}",
  "approvers:",
  "  approvedBy: { name: Lê Minh Tuấn, position: Chủ tịch UBND xã }",
  "",
].join("\n");

describe("quytrinh new", () => {
  test("writes <slug>.md, which `check` passes with only placeholder warnings", async () => {
    const root = await tempFolder({});
    const created = await runCli(["new", "Đăng ký khai sinh"], root);
    expect(created).toMatchObject({ code: 0, stderr: "" });
    expect(created.stdout).toContain("Đã tạo `dang-ky-khai-sinh.md`");
    const checked = await runCli(["check", "--json", "dang-ky-khai-sinh.md"], root);
    const report = JSON.parse(checked.stdout) as CheckReport;
    expect(checked.code).toBe(0);
    expect(new Set(report.files[0]?.diagnostics.map((d) => d.ruleId))).toEqual(
      new Set(["placeholder-unfilled"]),
    );
    expect(created.stdout).toContain(`Còn ${report.summary.warnings} chỗ đánh dấu [[điền: …]]`);
    expect(await readdir(root)).toEqual(["dang-ky-khai-sinh.md"]);
  });

  test("the strict preset makes each placeholder an error", async () => {
    const root = await tempFolder({});
    await runCli(["new", "Khai tử"], root);
    const checked = await runCli(["check", "--preset", "strict", "khai-tu.md"], root);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/khai-tu\.md:2:1 +lỗi +Chưa điền nội dung vào chỗ đánh dấu/u);
  });

  test("takes the next free code of the config's pattern and its bodies", async () => {
    const root = await tempFolder({
      "quytrinh.config.yaml": CONFIG,
      "ho-tich/khai-sinh.md": exampleText("dang-ky-khai-sinh"),
      "ho-tich/khac.md": "---\ncode: QT-HT-04\ntitle: Khác\n---\n",
    });
    const created = await runCli(["new", "Đăng ký kết hôn", "--out", "ho-tich"], root);
    expect(created.stdout).toContain("Đã tạo `ho-tich/dang-ky-ket-hon.md` (mã QT-HT-05)");
    const text = await readFile(join(root, "ho-tich/dang-ky-ket-hon.md"), "utf8");
    expect(text).toContain("code: QT-HT-05\n");
    expect(text).toContain("issuingBody: UBND xã Tân Trường\n");
    expect(text).toContain("| Chủ tịch UBND xã ");
  });

  test("--code and an explicit file name win", async () => {
    const root = await tempFolder({ "quytrinh.config.yaml": CONFIG });
    const created = await runCli(["new", "Khai tử", "--out", "kt.md", "--code", "QT-99"], root);
    expect(created.code).toBe(0);
    expect(await readFile(join(root, "kt.md"), "utf8")).toContain("code: QT-99\n");
  });

  test("--lang en writes English headings and blanks", async () => {
    const root = await tempFolder({});
    await runCli(["new", "Death registration", "--lang", "en"], root);
    const text = await readFile(join(root, "death-registration.md"), "utf8");
    expect(text).toContain("## 1. Purpose\n");
    expect(text).toContain("[[fill in: ");
    expect(text).not.toContain("[[điền: ");
  });

  test("the config's language is the default language of the new procedure", async () => {
    const root = await tempFolder({ "quytrinh.config.json": '{ "language": "en" }' });
    const created = await runCli(["new", "Khai tử"], root);
    expect(created.stdout).toContain("Created `khai-tu.md`");
    expect(await readFile(join(root, "khai-tu.md"), "utf8")).toContain("\nlanguage: en\n");
  });

  test("never overwrites an existing file", async () => {
    const root = await tempFolder({ "khai-tu.md": "mine" });
    const before = await stat(join(root, "khai-tu.md"));
    const created = await runCli(["new", "Khai tử"], root);
    expect(created.code).toBe(1);
    expect(created.stderr).toBe(
      "Tệp `khai-tu.md` đã có; lệnh new không ghi đè tệp có sẵn. Hãy chọn tên khác bằng --out\n",
    );
    expect(await readFile(join(root, "khai-tu.md"), "utf8")).toBe("mine");
    expect((await stat(join(root, "khai-tu.md"))).mtimeMs).toBe(before.mtimeMs);
  });

  test("does not create missing folders", async () => {
    const root = await tempFolder({});
    const created = await runCli(["new", "Khai tử", "--out", "khong-co/khai-tu.md"], root);
    expect(created.code).toBe(1);
    expect(created.stderr).toContain("Không có thư mục `khong-co`");
    expect(await readdir(root)).toEqual([]);
  });

  test("an empty title and a broken config write nothing", async () => {
    const root = await tempFolder({ "quytrinh.config.yaml": "codePatern: QT-{nn}\n" });
    expect((await runCli(["new", "  "], root)).code).toBe(1);
    const broken = await runCli(["new", "Khai tử"], root);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("Tệp cấu hình");
    expect(broken.stderr).toContain("quytrinh.config.yaml:1:1");
    expect(await readdir(root)).toEqual(["quytrinh.config.yaml"]);
  });
});
