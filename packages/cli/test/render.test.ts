import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { exampleText } from "./example-folder.js";
import { runCli } from "./run-io.js";
import { tempFolder } from "./temp-folder.js";

const repository = fileURLToPath(new URL("../../..", import.meta.url));
const examples = [
  "chung-thuc-ban-sao-tu-ban-chinh",
  "dang-ky-khai-sinh",
  "dang-ky-khai-tu",
  "xac-nhan-tinh-trang-hon-nhan",
];

describe("quytrinh render (browser-free formats)", () => {
  test("writes one .mmd per example, named after the input file", async () => {
    const out = await tempFolder({});
    const result = await runCli(["render", "examples", "--out", out], repository);
    expect(result.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(examples.map((name) => `${name}.mmd`));
    for (const name of examples) {
      const text = await readFile(join(out, `${name}.mmd`), "utf8");
      expect(text).toMatch(/^(---\n[\s\S]*?\n---\n)?(flowchart|swimlane-beta) TD\n/);
    }
    expect(result.stdout).toMatch(/^4 quy trình: đã ghi 4 tệp vào .*, 0 quy trình lỗi\n$/);
  });

  test("logs plain progress lines on stderr when not on a terminal", async () => {
    const out = await tempFolder({});
    const result = await runCli(
      ["render", "examples/dang-ky-khai-tu.md", "--out", out],
      repository,
    );
    expect(result.stderr).toBe("[1/1] examples/dang-ky-khai-tu.md\n");
  });

  test("writes draw.io files and honours --lanes and --direction", async () => {
    const cwd = await tempFolder({ "khai-tu.md": exampleText("dang-ky-khai-tu") });
    const args = ["render", "khai-tu.md", "--out", "out", "--format", "mmd,drawio"];
    const result = await runCli([...args, "--lanes", "none", "--direction", "LR"], cwd);
    expect(result.code).toBe(0);
    expect((await readdir(join(cwd, "out"))).sort()).toEqual(["khai-tu.drawio", "khai-tu.mmd"]);
    expect(await readFile(join(cwd, "out/khai-tu.mmd"), "utf8")).toMatch(/^flowchart LR$/m);
    expect(await readFile(join(cwd, "out/khai-tu.drawio"), "utf8")).toMatch(/^<mxfile/);
  });

  test("the config's lanes setting applies unless --lanes is given", async () => {
    const cwd = await tempFolder({
      "quytrinh.config.yaml": "lanes: group\n",
      "khai-tu.md": exampleText("dang-ky-khai-tu"),
    });
    await runCli(["render", "khai-tu.md", "--out", "a"], cwd);
    expect(await readFile(join(cwd, "a/khai-tu.mmd"), "utf8")).toMatch(
      /^flowchart TD\n {2}subgraph /m,
    );
    await runCli(["render", "khai-tu.md", "--out", "b", "--lanes", "none"], cwd);
    expect(await readFile(join(cwd, "b/khai-tu.mmd"), "utf8")).not.toContain("subgraph");
  });

  test("a bad file among good ones: the others are written, the bad one reported with its position, exit 1", async () => {
    const cwd = await tempFolder({
      "a-tot.md": exampleText("dang-ky-khai-sinh"),
      "b-hong.md": "---\ncode: [\n---\n# Hỏng\n",
      "c-tot.md": exampleText("dang-ky-khai-tu"),
    });
    const result = await runCli(["render", ".", "--out", "out"], cwd);
    expect(result.code).toBe(1);
    expect((await readdir(join(cwd, "out"))).sort()).toEqual(["a-tot.mmd", "c-tot.mmd"]);
    expect(result.stdout).toMatch(/^b-hong\.md:\d+:\d+ +lỗi /m);
    expect(result.stdout).toContain("render-skipped");
    expect(result.stdout).toMatch(/3 quy trình: đã ghi 2 tệp vào out, 1 quy trình lỗi\n$/);
  });

  test("a flowchart too large for Mermaid is reported with the steps' position; draw.io still works", async () => {
    const text = exampleText("dang-ky-khai-tu");
    const rows = text.split("\n").filter((line) => /^\| B\d+ /.test(line));
    const first = rows[0] ?? "";
    const many = Array.from({ length: 520 }, (_, index) =>
      first.replace(/^\| B\d+ +\|/, `| B${index + 1} |`).replace(/\|[^|]*\|([^|]*\|)$/, "| |$1"),
    );
    const cwd = await tempFolder({
      "lon.md": text.replace(rows.join("\n"), many.join("\n")),
    });
    const result = await runCli(
      ["render", "lon.md", "--out", "out", "--format", "mmd,drawio"],
      cwd,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^lon\.md:\d+:1 +lỗi .* flowchart-too-large$/m);
    expect(await readdir(join(cwd, "out"))).toEqual(["lon.drawio"]);
  });

  test("outputs stay inside --out, never overwrite an input, and two inputs never share an output", async () => {
    const cwd = await tempFolder({
      "xa-a/khai-tu.md": exampleText("dang-ky-khai-tu"),
      "xa-b/khai-tu.md": exampleText("dang-ky-khai-tu"),
      "..md": exampleText("dang-ky-khai-tu"),
      "out/dang-ky.mmd": exampleText("dang-ky-khai-tu"),
    });
    const result = await runCli(
      ["render", "xa-a", "xa-b", "..md", "out/dang-ky.mmd", "--out", "out", "--lang", "en"],
      cwd,
    );
    expect(result.code).toBe(1);
    expect((await readdir(join(cwd, "out"))).sort()).toEqual([
      "..mmd",
      "dang-ky.mmd",
      "khai-tu.mmd",
    ]);
    expect(await readFile(join(cwd, "out/dang-ky.mmd"), "utf8")).toBe(
      exampleText("dang-ky-khai-tu"),
    );
    expect(result.stdout).toContain(
      "xa-b/khai-tu.md  error  Output `out/khai-tu.mmd` has the same name as the output of `xa-a/khai-tu.md`; rename one of the two files  output-path-invalid",
    );
    expect(result.stdout).toContain("Output `out/dang-ky.mmd` would overwrite an input file");
    expect((await readdir(cwd)).sort()).toEqual(["..md", "out", "xa-a", "xa-b"]);
  });

  test("leaves no temporary files behind", async () => {
    const out = await tempFolder({});
    await runCli(["render", "examples", "--out", out, "--format", "mmd,drawio"], repository);
    expect(
      (await readdir(out)).filter((name) => name.startsWith(".") || name.endsWith(".tmp")),
    ).toEqual([]);
  });

  test("an unknown format is a usage error (exit 2) naming it", async () => {
    const result = await runCli(
      ["render", "examples", "--out", "x", "--format", "mmd,pdf"],
      repository,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Không có định dạng `pdf`; chọn trong mmd, svg, png, drawio");
  });

  test("--out is required", async () => {
    const result = await runCli(["render", "examples"], repository);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--out");
  });
});
