import { existsSync } from "node:fs";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { flat, officePdf, officeTools } from "../packages/docx/test/support/office.js";
import { type BuildJsonReport, BuildJsonReportSchema } from "./support/build-report-schema.js";
import {
  buildCli,
  builtBin,
  type CliResult,
  copyExamples,
  exitOf,
  repoRoot,
  runBuiltCli,
  startBuiltCli,
  waitForStderr,
} from "./support/built-cli.js";
import { staticPackageImports } from "./support/static-imports.js";

// The real binary, `packages/cli/dist/bin.js`, run with node as a subprocess on copies of
// `examples/`. In-process behaviour is tested in packages/cli/test; here only what a user's shell
// sees: files on disk, exit codes, stdout, signals.

const EXAMPLES = [
  "chung-thuc-ban-sao-tu-ban-chinh",
  "dang-ky-khai-sinh",
  "dang-ky-khai-tu",
  "xac-nhan-tinh-trang-hon-nhan",
];
const office = officeTools();
const folders: string[] = [];

/** A fresh copy of `examples/` in a temporary folder, removed after the file's tests. */
async function workspace(): Promise<string> {
  const folder = await copyExamples();
  folders.push(folder);
  return folder;
}

/** The text mammoth reads from a DOCX; throws when the file is not a complete Word document. */
async function docxText(path: string): Promise<string> {
  const { value } = await mammoth.extractRawText({ path });
  return value;
}

/** Every file under `folder`, relative to it, sorted. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

describe("the built quytrinh binary", { timeout: 60_000 }, () => {
  let folder = "";
  let result: CliResult = { code: null, stdout: "", stderr: "" };

  beforeAll(async () => {
    await buildCli();
    folder = await workspace();
    result = await runBuiltCli(["build", "examples", "--out", "out", "--json"], folder);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(folders.map((path) => rm(path, { recursive: true, force: true })));
  });

  test("starts without the Word, Mermaid, browser or exercise code, which load only when used", () => {
    const loaded = [...staticPackageImports(builtBin)];
    expect(loaded).toContain("@quytrinh/core");
    const heavy = /^(?:@quytrinh\/(?:docx|mermaid|drawio|exercises)$|docx$|mermaid$|puppeteer)/;
    expect(loaded.filter((name) => heavy.test(name))).toEqual([]);
  });

  test("builds the examples into one Word document each and exits 0", async () => {
    expect(result.code, result.stderr).toBe(0);
    const names = (await readdir(join(folder, "out"))).filter((name) => name.endsWith(".docx"));
    expect(names.sort()).toEqual(EXAMPLES.map((name) => `${name}.docx`));
  });

  test("prints a --json report of the documented shape that matches the files written", () => {
    const report: BuildJsonReport = BuildJsonReportSchema.parse(JSON.parse(result.stdout));
    expect(report).toMatchObject({ out: "out", built: 4, unchanged: 0, failed: 0, exitCode: 0 });
    expect(report.files.map((file) => [file.file, file.status, file.outputs])).toEqual(
      EXAMPLES.map((name) => [`examples/${name}.md`, "built", [`out/${name}.docx`]]),
    );
    for (const file of report.files) {
      for (const output of file.outputs) expect(existsSync(join(folder, output))).toBe(true);
    }
  });

  test.skipIf("skip" in office)(
    "writes a document LibreOffice opens, with the step titles in Vietnamese",
    async () => {
      if ("skip" in office) return;
      const bytes = await readFile(join(folder, "out/dang-ky-khai-sinh.docx"));
      const text = flat(officePdf(office, bytes).text());
      expect(text).toContain("Hướng dẫn bổ sung, hoàn thiện hồ sơ");
      expect(text).toContain("Ký Giấy khai sinh");
      expect(text).toContain("Trả kết quả, cập nhật sổ theo dõi");
    },
    120_000,
  );

  test("exits 2 on a usage error, before writing anything", async () => {
    const missingOut = await runBuiltCli(["build", "examples"], folder);
    const unknownOption = await runBuiltCli(["build", "examples", "--out", "x", "--nope"], folder);
    expect([missingOut.code, unknownOption.code]).toEqual([2, 2]);
    expect(unknownOption.stderr).toContain("--nope");
    expect(existsSync(join(folder, "x"))).toBe(false);
  });

  test("builds the other files when one is malformed, reports its line and exits 1", async () => {
    const root = await workspace();
    const source = await readFile(join(root, "examples/dang-ky-khai-sinh.md"), "utf8");
    await writeFile(join(root, "examples/hong.md"), source.replace('issue: "01"', 'issue: "01'));
    const run = await runBuiltCli(["build", "examples", "--out", "out", "--json"], root);
    const report = BuildJsonReportSchema.parse(JSON.parse(run.stdout));
    expect(run.code).toBe(1);
    expect(report).toMatchObject({ built: 4, failed: 1, exitCode: 1 });
    const bad = report.files.find((file) => file.file === "examples/hong.md");
    expect(bad?.status).toBe("failed");
    expect(bad?.outputs).toEqual([]);
    expect(bad?.diagnostics[0]).toMatchObject({
      ruleId: "yaml-invalid",
      severity: "error",
      place: { start: { line: 7, column: 11 } },
    });
    expect((await readdir(join(root, "out"))).filter((name) => name.endsWith(".docx"))).toEqual(
      EXAMPLES.map((name) => `${name}.docx`),
    );
  });

  test("names outputs after the file, never after a title or code that contains ../", async () => {
    const root = await workspace();
    const source = await readFile(join(root, "examples/dang-ky-khai-tu.md"), "utf8");
    const escaping = source
      .replace(/^code: .*$/m, "code: ../../thoat-ra")
      .replace(/^title: .*$/m, 'title: "../../../Thoát ra"');
    await writeFile(join(root, "examples/thoat.md"), escaping);
    const before = await filesUnder(root);
    const run = await runBuiltCli(
      ["build", "examples", "--out", "out", "--format", "docx,json,mmd"],
      root,
    );
    expect(run.code, run.stderr).toBe(0);
    const added = (await filesUnder(root)).filter((file) => !before.includes(file));
    expect(added.filter((file) => !file.startsWith("out/"))).toEqual([]);
    expect(added).toContain("out/thoat.docx");
    const outside = await readdir(join(root, ".."));
    expect(outside.filter((name) => /thoat|Thoát/u.test(name))).toEqual([]);
  });

  test("refuses to overwrite sources when --out is the source folder", async () => {
    const root = await workspace();
    const run = await runBuiltCli(
      ["build", "examples", "--out", "examples", "--format", "md,docx", "--json"],
      root,
    );
    const report = BuildJsonReportSchema.parse(JSON.parse(run.stdout));
    expect(run.code).toBe(1);
    expect(report.files.map((file) => [file.status, file.diagnostics[0]?.ruleId])).toEqual(
      EXAMPLES.map(() => ["failed", "output-path-invalid"]),
    );
    for (const name of EXAMPLES) {
      const copy = await readFile(join(root, `examples/${name}.md`), "utf8");
      expect(copy).toBe(await readFile(join(repoRoot, `examples/${name}.md`), "utf8"));
    }
  });

  test("leaves only complete Word documents when killed mid-batch; the next run finishes clean", async () => {
    const root = await workspace();
    const copies = 4;
    for (let index = 0; index < copies; index++) {
      for (const name of EXAMPLES) {
        await cp(join(root, `examples/${name}.md`), join(root, `xa/${name}-${index}.md`));
      }
    }
    const total = copies * EXAMPLES.length;
    const child = startBuiltCli(["build", "xa", "--out", "out"], root);
    await waitForStderr(child, new RegExp(`\\[3/${total}\\]`), 45_000);
    child.kill("SIGKILL");
    expect(await exitOf(child)).toBe("SIGKILL");

    const afterKill = await filesUnder(join(root, "out"));
    const documents = afterKill.filter((file) => file.endsWith(".docx"));
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.length).toBeLessThan(total);
    for (const document of documents) {
      await expect(docxText(join(root, "out", document))).resolves.toContain("Mục đích");
    }

    const rerun = await runBuiltCli(["build", "xa", "--out", "out", "--json"], root);
    const report = BuildJsonReportSchema.parse(JSON.parse(rerun.stdout));
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(report.built + report.unchanged).toBe(total);
    const final = await filesUnder(join(root, "out"));
    expect(final.filter((file) => file.endsWith(".docx"))).toHaveLength(total);
    expect(final.filter((file) => file.endsWith(".tmp"))).toEqual([]);
  }, 120_000);

  test("watch rebuilds a saved procedure within about a second and exits 130 on Ctrl-C", async () => {
    const root = await workspace();
    const child = startBuiltCli(["watch", "examples", "--out", "out"], root);
    try {
      await waitForStderr(child, /Đang theo dõi/, 45_000);
      const document = join(root, "out/dang-ky-khai-sinh.docx");
      expect(await docxText(document)).toContain("Ký Giấy khai sinh");
      const source = join(root, "examples/dang-ky-khai-sinh.md");
      const edited = (await readFile(source, "utf8")).replace(
        "Ký Giấy khai sinh",
        "Ký và đóng dấu Giấy khai sinh",
      );
      const saved = Date.now();
      await writeFile(source, edited);
      let rebuiltAfter = Number.POSITIVE_INFINITY;
      while (Date.now() - saved < 10_000) {
        const text = await docxText(document).catch(() => "");
        if (text.includes("Ký và đóng dấu Giấy khai sinh")) {
          rebuiltAfter = Date.now() - saved;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // About a second on an idle machine; the margin absorbs a loaded 2-core CI runner.
      expect(rebuiltAfter).toBeLessThan(2_500);
      child.kill("SIGINT");
      expect(await exitOf(child)).toBe(130);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
