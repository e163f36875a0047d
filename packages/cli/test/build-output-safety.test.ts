import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { exampleText } from "./example-folder.js";
import { runCli } from "./run-io.js";
import { tempFolder } from "./temp-folder.js";

const birth = exampleText("dang-ky-khai-sinh");

/** Every file under `folder`, as sorted relative paths. */
async function tree(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

describe("quytrinh build keeps its outputs where they belong", () => {
  test("a title and a code made of `../` never put an output outside --out", async () => {
    const hostile = birth
      .replace("code: QT-HT-01", 'code: "../../../thoat"')
      .replace("title: Đăng ký khai sinh", 'title: "../../ngoai/../../x"')
      .replace("# Đăng ký khai sinh", "# ../../ngoai");
    const folder = await tempFolder({ "xa/a.md": hostile });
    const result = await runCli(
      ["build", "--jobs", "1", "xa", "--out", "xa/out", "--format", "docx,mmd,json,md"],
      folder,
    );
    expect(result.stdout).toContain("0 thất bại");
    expect(await tree(folder)).toEqual([
      "xa/a.md",
      "xa/out/.quytrinh-build.json",
      "xa/out/a.docx",
      "xa/out/a.json",
      "xa/out/a.md",
      "xa/out/a.mmd",
    ]);
  }, 60_000);

  test("--out equal to the source folder: a source is never overwritten, and outputs are not read back as inputs", async () => {
    const folder = await tempFolder({ "a.md": birth });
    const first = await runCli(
      ["build", "--jobs", "1", ".", "--out", ".", "--format", "md,docx", "--json"],
      folder,
    );
    const report = JSON.parse(first.stdout);
    expect(first.code).toBe(1);
    expect(report.files).toMatchObject([
      {
        file: "a.md",
        status: "failed",
        diagnostics: [
          {
            ruleId: "output-path-invalid",
            reason: expect.stringMatching(
              /^Tệp kết quả `[^`]*a\.md` sẽ ghi đè lên một tệp đầu vào$/,
            ),
          },
        ],
      },
    ]);
    expect(await readFile(join(folder, "a.md"), "utf8")).toBe(birth);
    const docx = await runCli(["build", "--jobs", "1", ".", "--out", "."], folder);
    expect(docx.code).toBe(0);
    const again = await runCli(["build", "--jobs", "1", ".", "--out", ".", "--json"], folder);
    expect(JSON.parse(again.stdout).files.map((file: { file: string }) => file.file)).toEqual([
      "a.md",
    ]);
    expect(await tree(folder)).toEqual([".quytrinh-build.json", "a.docx", "a.md"]);
  }, 60_000);

  test("two inputs with the same name in different folders: the second is refused, not clobbered", async () => {
    const other = birth.replace("title: Đăng ký khai sinh", "title: Đăng ký khai sinh lưu động");
    const folder = await tempFolder({ "xa-a/khai-sinh.md": birth, "xa-b/khai-sinh.md": other });
    const result = await runCli(
      ["build", "--jobs", "1", "xa-a", "xa-b", "--out", "out", "--format", "json", "--json"],
      folder,
    );
    const report = JSON.parse(result.stdout);
    expect(
      report.files.map((file: { file: string; status: string }) => [file.file, file.status]),
    ).toEqual([
      ["xa-a/khai-sinh.md", "built"],
      ["xa-b/khai-sinh.md", "failed"],
    ]);
    expect(report.files[1].diagnostics[0].reason).toContain("`xa-a/khai-sinh.md`");
    const model = JSON.parse(await readFile(join(folder, "out/khai-sinh.json"), "utf8"));
    expect(model.control.title).toBe("Đăng ký khai sinh");
  }, 60_000);
});

describe("quytrinh build on a large folder", () => {
  test("2,000 small procedures in nested folders build to JSON without running out of file handles", async () => {
    const small = (index: number) =>
      `---\ncode: QT-${index}\ntitle: Thủ tục ${index}\n---\n\n# Thủ tục ${index}\n`;
    const files: Record<string, string> = {};
    for (let index = 0; index < 2000; index++) {
      files[`linh-vuc-${index % 20}/tt-${String(index).padStart(4, "0")}.md`] = small(index);
    }
    const folder = await tempFolder(files);
    const result = await runCli(
      ["build", "--jobs", "1", ".", "--out", "out", "--format", "json", "--json"],
      folder,
    );
    const report = JSON.parse(result.stdout);
    expect(report.files).toHaveLength(2000);
    expect(report.failed).toBe(0);
    expect(report.built).toBe(2000);
    const outputs = (await readdir(join(folder, "out"))).filter((name) =>
      /^tt-\d{4}\.json$/.test(name),
    );
    expect(outputs).toHaveLength(2000);
  }, 180_000);
});
