import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { generateProcedureMarkdown } from "../../../bench/generate-procedure.js";
import { descendants } from "../../../test/support/child-processes.js";
import { chromiumPath, skipReason } from "../../../test/support/chromium.js";
import { exampleText } from "./example-folder.js";
import { runCli } from "./run-io.js";
import { tempFolder } from "./temp-folder.js";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const skipped = skipReason ? ` (skipped: ${skipReason})` : "";

/** Kills this process's browser (its main process) as soon as `out` holds a first PNG. */
function killBrowserAfterFirstPng(out: string): { killed: Promise<number> } {
  const killed = new Promise<number>((resolve) => {
    const timer = setInterval(async () => {
      const names = await readdir(out).catch(() => [] as string[]);
      if (!names.some((name) => name.endsWith(".png"))) return;
      const browsers = descendants(process.pid).filter(
        (entry) => /chrom/i.test(entry.args) && !entry.args.includes("--type="),
      );
      if (browsers.length === 0) return;
      clearInterval(timer);
      for (const browser of browsers) process.kill(browser.pid, "SIGKILL");
      resolve(browsers.length);
    }, 25);
  });
  return { killed };
}

describe.skipIf(skipReason !== undefined)(`quytrinh build with images${skipped}`, () => {
  test("a browser killed mid-batch is restarted and every PNG is still written", async () => {
    const files: Record<string, string> = {};
    for (let seed = 1; seed <= 6; seed++)
      files[`qt-${seed}.md`] = generateProcedureMarkdown(6, seed);
    const folder = await tempFolder(files);
    const out = join(folder, "out");
    const watcher = killBrowserAfterFirstPng(out);
    const result = await runCli(
      ["build", ".", "--out", "out", "--format", "png", "--browser", chromiumPath ?? "", "--json"],
      folder,
    );
    expect(await watcher.killed).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.failed).toBe(0);
    const pngs = (await readdir(out)).filter((name) => name.endsWith(".png")).sort();
    expect(pngs).toEqual(["qt-1.png", "qt-2.png", "qt-3.png", "qt-4.png", "qt-5.png", "qt-6.png"]);
    for (const name of pngs) {
      const bytes = await readFile(join(out, name));
      expect([...bytes.subarray(0, 8)], name).toEqual(PNG_SIGNATURE);
      expect(bytes.readUInt32BE(16), name).toBeGreaterThan(100);
    }
  }, 180_000);

  test("--flowchart image puts a PNG of the flowchart in the Word document, beside SVG and PNG files", async () => {
    const folder = await tempFolder({ "khai-sinh.md": exampleText("dang-ky-khai-sinh") });
    const result = await runCli(
      [
        ...["build", "khai-sinh.md", "--out", "out", "--format", "docx,svg,png"],
        ...["--flowchart", "image", "--browser", chromiumPath ?? "", "--json"],
      ],
      folder,
    );
    expect(JSON.parse(result.stdout)).toMatchObject({ built: 1, failed: 0 });
    const docx = await readFile(join(folder, "out/khai-sinh.docx"));
    expect(docx.includes("word/media/")).toBe(true);
    const svg = await readFile(join(folder, "out/khai-sinh.svg"), "utf8");
    expect(svg.normalize("NFC")).toContain("Ký Giấy khai sinh");
    const png = await readFile(join(folder, "out/khai-sinh.png"));
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  }, 120_000);

  test("when Mermaid's swimlanes put an arrow on the lane titles, the pictures and the .mmd are in group lanes", async () => {
    const folder = await tempFolder({ "xac-nhan.md": exampleText("xac-nhan-tinh-trang-hon-nhan") });
    const result = await runCli(
      [
        ...["build", "xac-nhan.md", "--out", "out", "--format", "mmd,svg,png"],
        ...["--browser", chromiumPath ?? "", "--json"],
      ],
      folder,
    );
    expect(JSON.parse(result.stdout)).toMatchObject({ built: 1, failed: 0 });
    const mmd = await readFile(join(folder, "out/xac-nhan.mmd"), "utf8");
    expect(mmd).toContain("\nflowchart TD\n");
    expect(mmd).toContain('subgraph lane2["Công chức TTPVHCC"]');
    const svg = await readFile(join(folder, "out/xac-nhan.svg"), "utf8");
    expect(svg).not.toContain("swimlane-title");
    expect(svg.normalize("NFC")).toContain("Từ chối");
  }, 120_000);

  test("the native Word flowchart needs no browser: a missing one does not matter for docx", async () => {
    const folder = await tempFolder({ "khai-sinh.md": exampleText("dang-ky-khai-sinh") });
    const result = await runCli(
      ["build", "--jobs", "1", "khai-sinh.md", "--out", "out", "--browser", "/khong/co/chrome"],
      folder,
    );
    expect(result.code).toBe(0);
    const docx = await readFile(join(folder, "out/khai-sinh.docx"));
    expect(docx.includes("word/media/")).toBe(false);
  }, 60_000);
});

test("an image asked for without a browser fails that file with the install hint, and the rest is written", async () => {
  const folder = await tempFolder({ "khai-sinh.md": exampleText("dang-ky-khai-sinh") });
  const result = await runCli(
    [
      ...["build", "--jobs", "1", "khai-sinh.md", "--out", "out", "--format", "mmd,png"],
      ...["--browser", "/khong/co/chrome"],
    ],
    folder,
  );
  expect(result.code).toBe(1);
  expect(result.stderr).toContain("sudo apt-get install chromium fonts-liberation2");
  expect(result.stdout).toMatch(/khai-sinh\.md +lỗi +Không vẽ được ảnh png/);
  expect(await readdir(join(folder, "out"))).toContain("khai-sinh.mmd");
}, 60_000);
