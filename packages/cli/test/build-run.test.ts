import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { exampleText } from "./example-folder.js";
import { runCli } from "./run-io.js";
import { tempFolder } from "./temp-folder.js";

const repository = fileURLToPath(new URL("../../..", import.meta.url));
const birth = exampleText("dang-ky-khai-sinh");
const death = exampleText("dang-ky-khai-tu");
/** The birth example with its front matter's YAML broken on line 2. */
const brokenYaml = birth.replace(/^code: .*$/m, "code: [QT-01");

/** Whether bytes are a complete .docx: a zip (`PK`) holding `word/document.xml`. */
async function expectDocx(path: string): Promise<void> {
  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 2)], path).toEqual([0x50, 0x4b]);
  expect(bytes.includes("word/document.xml"), path).toBe(true);
}

describe("quytrinh build", () => {
  test("publishes every example as a Word document, with a Vietnamese summary", async () => {
    const out = await tempFolder({});
    const result = await runCli(["build", "examples", "--out", out], repository);
    expect(result.stdout).toMatch(/0 thất bại; 0 lỗi/);
    expect(result.code).toBe(0);
    const names = (await readdir(out)).filter((name) => !name.startsWith("."));
    expect(names.sort()).toEqual([
      "chung-thuc-ban-sao-tu-ban-chinh.docx",
      "dang-ky-khai-sinh.docx",
      "dang-ky-khai-tu.docx",
      "xac-nhan-tinh-trang-hon-nhan.docx",
    ]);
    for (const name of names) await expectDocx(join(out, name));
    expect(result.stdout).toMatch(
      /^4 quy trình trong \d+,\d giây: 4 đã xuất bản, 0 không đổi \(bỏ qua\), 0 thất bại; 0 lỗi, 0 cảnh báo\. Kết quả: /m,
    );
    expect(result.stderr).toContain("[4/4] ");
  }, 60_000);

  test("one malformed file among good ones: the others are built, it is reported with its line, exit 1", async () => {
    const folder = await tempFolder({ "a.md": birth, "b-hong.md": brokenYaml, "c.md": death });
    const result = await runCli(["build", ".", "--out", "out"], folder);
    expect(result.code).toBe(1);
    expect((await readdir(join(folder, "out"))).filter((n) => !n.startsWith(".")).sort()).toEqual([
      "a.docx",
      "c.docx",
    ]);
    expect(result.stdout).toMatch(/^b-hong\.md:3:1 +lỗi +Phần thông tin tài liệu \(YAML\) bị lỗi/m);
    expect(result.stdout).toContain("2 đã xuất bản, 0 không đổi (bỏ qua), 1 thất bại");
  }, 60_000);

  test("writes every asked format, and --json prints the report with its version", async () => {
    const folder = await tempFolder({ "khai-sinh.md": birth });
    const result = await runCli(
      ["build", "khai-sinh.md", "--out", "out", "--format", "docx,mmd,json,md", "--json"],
      folder,
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      version: 1,
      out: "out",
      built: 1,
      unchanged: 0,
      failed: 0,
      errors: 0,
      exitCode: 0,
      files: [
        {
          file: "khai-sinh.md",
          status: "built",
          outputs: [
            "out/khai-sinh.docx",
            "out/khai-sinh.mmd",
            "out/khai-sinh.json",
            "out/khai-sinh.md",
          ],
        },
      ],
    });
    expect(typeof report.milliseconds).toBe("number");
    const mmd = await readFile(join(folder, "out/khai-sinh.mmd"), "utf8");
    expect(mmd).toContain("B5. Ký Giấy khai sinh");
    const model = JSON.parse(await readFile(join(folder, "out/khai-sinh.json"), "utf8"));
    expect(model.control).toMatchObject({ code: "QT-HT-01", title: "Đăng ký khai sinh" });
    const markdown = await readFile(join(folder, "out/khai-sinh.md"), "utf8");
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain("# Đăng ký khai sinh");
  }, 60_000);

  test("skips unchanged inputs, rebuilds with --force, a changed file and a deleted output", async () => {
    const folder = await tempFolder({ "a.md": birth, "b.md": death });
    const first = await runCli(
      ["build", "--jobs", "1", ".", "--out", "out", "--lang", "en"],
      folder,
    );
    expect(first.stdout).toContain("2 built, 0 unchanged (skipped), 0 failed");
    const built = (await stat(join(folder, "out/a.docx"))).mtimeMs;
    const again = await runCli(
      ["build", "--jobs", "1", ".", "--out", "out", "--lang", "en"],
      folder,
    );
    expect(again.stdout).toContain("0 built, 2 unchanged (skipped), 0 failed");
    expect(again.code).toBe(0);
    expect((await stat(join(folder, "out/a.docx"))).mtimeMs).toBe(built);
    const forced = await runCli(
      ["build", "--jobs", "1", ".", "--out", "out", "--lang", "en", "--force"],
      folder,
    );
    expect(forced.stdout).toContain("2 built, 0 unchanged (skipped)");
    await rm(join(folder, "out/b.docx"));
    await writeFile(
      join(folder, "a.md"),
      birth.replace("Đăng ký khai sinh", "Đăng ký khai sinh mới"),
    );
    const changed = await runCli(
      ["build", "--jobs", "1", ".", "--out", "out", "--lang", "en"],
      folder,
    );
    expect(changed.stdout).toContain("2 built, 0 unchanged (skipped)");
    await expectDocx(join(folder, "out/b.docx"));
    const otherFormat = await runCli(
      ["build", "--jobs", "1", ".", "--out", "out", "--format", "mmd"],
      folder,
    );
    expect(otherFormat.stdout).toContain("2 đã xuất bản, 0 không đổi");
  }, 90_000);

  test("a skipped file still reports its errors and fails the run", async () => {
    const folder = await tempFolder({
      "a.md": birth.replace(
        "| Chủ tịch UBND xã            | 1 giờ",
        "|                             | 1 giờ",
      ),
    });
    const first = await runCli(["build", "--jobs", "1", "a.md", "--out", "out", "--json"], folder);
    const second = await runCli(["build", "--jobs", "1", "a.md", "--out", "out", "--json"], folder);
    const [before, after] = [JSON.parse(first.stdout), JSON.parse(second.stdout)];
    expect(before.files[0].status).toBe("built");
    expect(after.files[0].status).toBe("unchanged");
    expect(before.errors).toBeGreaterThan(0);
    expect(after.files[0].diagnostics).toEqual(before.files[0].diagnostics);
    expect([first.code, second.code]).toEqual([1, 1]);
  }, 60_000);

  test("a Windows-1258 file and an empty file are reported clearly, the good one is built", async () => {
    // "Quy trình" in Windows-1258: ì is 0xEC, not valid UTF-8.
    const cp1258 = Uint8Array.from([
      0x23, 0x20, 0x51, 0x75, 0x79, 0x20, 0x74, 0x72, 0xec, 0x6e, 0x68, 0x0a,
    ]);
    const folder = await tempFolder({ "a.md": birth, "cu.md": cp1258, "trong.md": "  \n" });
    const result = await runCli(["build", "--jobs", "1", ".", "--out", "out", "--json"], folder);
    const report = JSON.parse(result.stdout);
    expect(result.code).toBe(1);
    const byFile = Object.fromEntries(
      report.files.map(
        (file: { file: string; status: string; diagnostics: { ruleId: string }[] }) => [
          file.file,
          [file.status, file.diagnostics.map((d) => d.ruleId)],
        ],
      ),
    );
    expect(byFile).toMatchObject({
      "a.md": ["built", expect.any(Array)],
      "cu.md": ["failed", ["encoding-invalid"]],
      "trong.md": ["failed", ["file-empty"]],
    });
    const cu = report.files.find((file: { file: string }) => file.file === "cu.md");
    expect(cu.diagnostics[0].place.start).toEqual({ line: 1, column: 9 });
  }, 60_000);

  test("globs pick the matching files; a glob matching nothing is a warning", async () => {
    const folder = await tempFolder({ "xa/a.md": birth, "xa/b.txt": "x", "huyen/c.md": death });
    const result = await runCli(
      ["build", "xa/*.md", "**/c.md", "khong/*.md", "--out", "out", "--format", "json", "--json"],
      folder,
    );
    const report = JSON.parse(result.stdout);
    expect(
      report.files.map((file: { file: string; status: string }) => [file.file, file.status]),
    ).toEqual([
      ["xa/a.md", "built"],
      ["huyen/c.md", "built"],
      ["khong/*.md", "failed"],
    ]);
    expect(report.files[2].diagnostics[0].reason).toBe(
      "Mẫu `khong/*.md` không khớp với tệp `.md` nào",
    );
  }, 60_000);

  test("--fail-on warning fails a run whose only findings are warnings", async () => {
    const vague = birth.replace(
      "| Chủ tịch UBND xã            | 1 giờ",
      "| Chủ tịch UBND xã            | một lúc",
    );
    const folder = await tempFolder({ "a.md": vague });
    const loose = await runCli(["build", "--jobs", "1", "a.md", "--out", "out", "--json"], folder);
    expect(JSON.parse(loose.stdout)).toMatchObject({ errors: 0, warnings: expect.any(Number) });
    expect(JSON.parse(loose.stdout).warnings).toBeGreaterThan(0);
    expect(loose.code).toBe(0);
    const strict = await runCli(
      ["build", "--jobs", "1", "a.md", "--out", "out", "--fail-on", "warning"],
      folder,
    );
    expect(strict.code).toBe(1);
  }, 60_000);

  test("the config's agency defaults fill what the front matter leaves out; the front matter wins", async () => {
    const bare = birth
      .replace(/^issuingBody: .*\n/m, "")
      .replace(
        /^approvedBy:\n {2}name: .*\n {2}position: .*\n/m,
        "approvedBy:\n  name: Người Ký Riêng\n",
      );
    const config = {
      issuingBody: "UBND xã Mẫu",
      parentBody: "UBND tỉnh Mẫu",
      approvers: {
        approvedBy: { name: "Chủ Tịch Mặc Định", position: "Chủ tịch UBND xã" },
        reviewedBy: { name: "Phó Chủ Tịch Mặc Định", position: "Phó Chủ tịch UBND xã" },
      },
    };
    const folder = await tempFolder({
      "quytrinh.config.json": JSON.stringify(config),
      "a.md": bare,
    });
    const result = await runCli(
      ["build", "--jobs", "1", "a.md", "--out", "out", "--format", "json"],
      folder,
    );
    expect(result.code).toBe(0);
    const { control } = JSON.parse(await readFile(join(folder, "out/a.json"), "utf8"));
    expect(control.issuingBody).toBe("UBND xã Mẫu");
    expect(control.parentBody).toBe("UBND thành phố Hải Phòng");
    expect(control.approvedBy).toMatchObject({
      name: "Người Ký Riêng",
      position: "Chủ tịch UBND xã",
    });
    expect(control.reviewedBy).toMatchObject({
      name: "Trần Văn Bình",
      position: "Phó Chủ tịch UBND xã",
    });
  }, 60_000);

  test("an unknown format is a usage error (exit 2) naming the formats", async () => {
    const result = await runCli(
      ["build", "examples", "--out", "/tmp/x", "--format", "pdf"],
      repository,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("docx, mmd, svg, png, json, md");
  });
});
