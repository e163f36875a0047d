import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { discoverFiles } from "../src/files/discover-files.js";
import { cliMessages } from "../src/messages.js";
import { tempFolder } from "./temp-folder.js";

const vi = cliMessages("vi");

const tree = {
  "quy-trinh/b.md": "# B",
  "quy-trinh/a.md": "# A",
  "quy-trinh/Z.MD": "# Z",
  "quy-trinh/ghi-chu.txt": "không phải quy trình",
  "quy-trinh/ho-tich/khai-sinh.md": "# Khai sinh",
  "quy-trinh/node_modules/pkg/readme.md": "# bỏ qua",
  "quy-trinh/.git/notes.md": "# bỏ qua",
  "le.txt": "một tệp không phải .md",
};

describe("discoverFiles", () => {
  test("finds *.md recursively in code-point order, skipping node_modules and dot folders", async () => {
    const cwd = await tempFolder(tree);
    const found = await discoverFiles(["quy-trinh"], cwd, vi);
    expect(found.map((input) => input.shownPath)).toEqual([
      join("quy-trinh", "Z.MD"),
      join("quy-trinh", "a.md"),
      join("quy-trinh", "b.md"),
      join("quy-trinh", "ho-tich", "khai-sinh.md"),
    ]);
    expect(found[0]?.path).toBe(join(cwd, "quy-trinh", "Z.MD"));
    expect(found.every((input) => input.problem === undefined)).toBe(true);
  });

  test("keeps a file named explicitly even without .md, and lists a file reached twice once", async () => {
    const cwd = await tempFolder(tree);
    const found = await discoverFiles(["le.txt", "quy-trinh/a.md", "quy-trinh"], cwd, vi);
    expect(found.map((input) => input.shownPath)).toEqual([
      "le.txt",
      "quy-trinh/a.md",
      join("quy-trinh", "Z.MD"),
      join("quy-trinh", "b.md"),
      join("quy-trinh", "ho-tich", "khai-sinh.md"),
    ]);
  });

  test("reports a missing path without stopping the other inputs", async () => {
    const cwd = await tempFolder(tree);
    const found = await discoverFiles(["khong-co.md", "le.txt"], cwd, vi);
    expect(found).toEqual([
      {
        path: join(cwd, "khong-co.md"),
        shownPath: "khong-co.md",
        problem: {
          ruleId: "file-not-found",
          source: "quytrinh-cli",
          severity: "error",
          reason: "Không tìm thấy tệp hoặc thư mục `khong-co.md`",
        },
      },
      { path: join(cwd, "le.txt"), shownPath: "le.txt" },
    ]);
  });

  test("warns about a folder without any .md file", async () => {
    const cwd = await tempFolder(tree);
    await mkdir(join(cwd, "trong"));
    const found = await discoverFiles(["trong"], cwd, vi);
    expect(found.map((input) => input.problem)).toEqual([
      {
        ruleId: "no-markdown-files",
        source: "quytrinh-cli",
        severity: "warning",
        reason: "Thư mục `trong` không có tệp `.md` nào",
      },
    ]);
  });
});
