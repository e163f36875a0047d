import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { chromiumPath, skipReason } from "../../../test/support/chromium.js";
import { exampleText } from "./example-folder.js";
import { runCli } from "./run-io.js";
import { tempFolder } from "./temp-folder.js";

const birth = () => tempFolder({ "khai-sinh.md": exampleText("dang-ky-khai-sinh") });

/** A procedure with only two steps: too few for any exercise but "errors". */
const TWO_STEPS = `---
code: QT-01
title: Thử
---

# Thử

## 5. Nội dung quy trình

### 5.9. Quy trình xử lý công việc

| Bước | Nội dung công việc | Trách nhiệm   |
| ---- | ------------------ | ------------- |
| B1   | Nộp hồ sơ          | Người yêu cầu |
| B2   | Trả kết quả        | Công chức     |
`;

describe("quytrinh exercise", { timeout: 120_000 }, () => {
  test("writes the handout, the answer key and the draw.io file, and exits 0", async () => {
    const cwd = await birth();
    const result = await runCli(
      ["exercise", "khai-sinh.md", "--kind", "blanks", "--seed", "1", "--out", "ex"],
      cwd,
    );
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect((await readdir(join(cwd, "ex"))).sort()).toEqual([
      "khai-sinh-blanks-1-bai-tap.docx",
      "khai-sinh-blanks-1-dap-an.docx",
      "khai-sinh-blanks-1.drawio",
    ]);
    expect(result.stdout).toContain("Đã ghi 3 tệp bài tập «điền vào chỗ trống» vào ex:");
  });

  test("the same seed writes the same draw.io file; another seed another", async () => {
    const cwd = await birth();
    const make = async (seed: string, out: string) => {
      const argv = ["exercise", "khai-sinh.md", "--kind", "order", "--seed", seed, "--out", out];
      expect((await runCli(argv, cwd)).code).toBe(0);
      return readFile(join(cwd, out, `khai-sinh-order-${seed}.drawio`), "utf8");
    };
    const first = await make("5", "a");
    expect(await make("5", "b")).toBe(first);
    expect(await make("6", "c")).not.toBe(first);
  });

  test("makes every kind, with the JSON on request", async () => {
    const cwd = await birth();
    for (const kind of ["order", "blanks", "errors"]) {
      const argv = ["exercise", "khai-sinh.md", "--kind", kind, "--seed", "2", "--out", "ex"];
      const result = await runCli([...argv, "--format", "json,drawio"], cwd);
      expect(result.code).toBe(0);
      const json = JSON.parse(await readFile(join(cwd, "ex", `khai-sinh-${kind}-2.json`), "utf8"));
      expect(json.kind).toBe(kind);
      expect(json.answers.length).toBeGreaterThan(0);
    }
    const files = await readdir(join(cwd, "ex"));
    expect(files.filter((file) => file.endsWith(".drawio"))).toHaveLength(3);
  });

  test("errors hands out the defective procedure, which `check` then faults", async () => {
    const cwd = await birth();
    const argv = ["exercise", "khai-sinh.md", "--kind", "errors", "--seed", "3", "--out", "ex"];
    expect((await runCli([...argv, "--format", "docx,drawio,md,json"], cwd)).code).toBe(0);
    expect((await readdir(join(cwd, "ex"))).sort()).toEqual([
      "khai-sinh-errors-3-bai-tap.docx",
      "khai-sinh-errors-3-dap-an.docx",
      "khai-sinh-errors-3-quy-trinh.docx",
      "khai-sinh-errors-3-quy-trinh.md",
      "khai-sinh-errors-3.drawio",
      "khai-sinh-errors-3.json",
    ]);
    const json = JSON.parse(await readFile(join(cwd, "ex", "khai-sinh-errors-3.json"), "utf8"));
    const check = await runCli(["check", "ex/khai-sinh-errors-3-quy-trinh.md"], cwd);
    expect(check.code).toBe(1);
    for (const answer of json.answers) {
      for (const ruleId of answer.ruleIds) expect(check.stdout).toContain(ruleId);
    }
  });

  test("English on request, file names too", async () => {
    const cwd = await birth();
    const argv = ["exercise", "khai-sinh.md", "--kind", "order", "--seed", "1", "--out", "."];
    const result = await runCli([...argv, "--lang", "en", "--format", "docx"], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Wrote 2 files of the “put in order” exercise to .:");
    expect(result.stdout).toContain("khai-sinh-order-1-answer-key.docx");
  });

  test("a procedure too small for the exercise: Vietnamese error with its line, exit 1", async () => {
    const cwd = await tempFolder({ "thu.md": TWO_STEPS });
    const argv = ["exercise", "thu.md", "--kind", "blanks", "--seed", "1", "--out", "ex"];
    const result = await runCli(argv, cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("thu.md:10:1");
    expect(result.stderr).toContain(
      "Quy trình chỉ có 2 bước dùng được cho bài tập «điền vào chỗ trống», cần ít nhất 3",
    );
    expect(result.stderr).toContain("exercise-too-few-steps");
    await expect(readdir(join(cwd, "ex"))).rejects.toThrow();
  });

  test("too many blanks says how many are possible, exit 1", async () => {
    const cwd = await birth();
    const argv = ["exercise", "khai-sinh.md", "--kind", "blanks", "--seed", "1", "--out", "ex"];
    const result = await runCli([...argv, "--count", "12"], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Dùng `--count` từ 1 đến 6");
  });

  test("a broken --registry for errors is reported on its own file, exit 1", async () => {
    const cwd = await tempFolder({
      "khai-sinh.md": exampleText("dang-ky-khai-sinh"),
      "reg.yaml": "bad: [\n",
    });
    const argv = ["exercise", "khai-sinh.md", "--kind", "errors", "--seed", "1", "--out", "ex"];
    const result = await runCli([...argv, "--registry", "reg.yaml"], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/reg\.yaml:\d+:\d+ +lỗi .*registry-syntax/);
    await expect(readdir(join(cwd, "ex"))).rejects.toThrow();
  });

  test("a missing procedure file is reported, exit 1", async () => {
    const cwd = await tempFolder({});
    const argv = ["exercise", "khong-co.md", "--kind", "order", "--seed", "1", "--out", "ex"];
    const result = await runCli(argv, cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Không tìm thấy tệp hoặc thư mục `khong-co.md`");
  });

  test.each([
    [["--kind", "cards", "--seed", "1"], "cards"],
    [["--kind", "order", "--seed", "-1"], "`--seed` phải là số nguyên từ 0 trở lên"],
    [["--kind", "order", "--seed", "1.5"], "`--seed` phải là số nguyên từ 0 trở lên"],
    [["--kind", "order", "--seed", "1", "--count", "0"], "`--count` phải là số nguyên"],
    [["--kind", "order", "--seed", "1", "--format", "pdf"], "Không có định dạng `pdf`"],
    [["--kind", "order"], "--seed"],
  ])("usage error %j exits 2 and says why", async (options, message) => {
    const cwd = await birth();
    const result = await runCli(["exercise", "khai-sinh.md", "--out", "ex", ...options], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  test.skipIf(skipReason !== undefined)(
    `draws the blanked flowchart as SVG and PNG in a browser${skipReason ? ` (skipped: ${skipReason})` : ""}`,
    async () => {
      const cwd = await birth();
      const argv = ["exercise", "khai-sinh.md", "--kind", "blanks", "--seed", "1", "--out", "ex"];
      const browser = chromiumPath ?? "";
      const result = await runCli([...argv, "--format", "svg,png,json", "--browser", browser], cwd);
      expect(result).toMatchObject({ code: 0, stderr: "" });
      const svg = await readFile(join(cwd, "ex", "khai-sinh-blanks-1.svg"), "utf8");
      const json = JSON.parse(await readFile(join(cwd, "ex", "khai-sinh-blanks-1.json"), "utf8"));
      for (const answer of json.answers) {
        expect(svg).toContain(`${answer.stepId}. (${answer.number})`);
        expect(svg).not.toContain(answer.fix);
      }
      const png = await readFile(join(cwd, "ex", "khai-sinh-blanks-1.png"));
      expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    },
  );
});
