import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { chromiumPath, skipReason } from "../../../test/support/chromium.js";
import { runCli } from "./run-io.js";
import { tempFolder } from "./temp-folder.js";

const repository = fileURLToPath(new URL("../../..", import.meta.url));

describe("quytrinh render in a real browser", () => {
  test.skipIf(skipReason !== undefined)(
    `writes SVG and PNG with one browser for the batch${skipReason ? ` (skipped: ${skipReason})` : ""}`,
    { timeout: 120_000 },
    async () => {
      const browser = chromiumPath ?? "";
      const out = await tempFolder({});
      const result = await runCli(
        [
          "render",
          "examples/dang-ky-khai-sinh.md",
          "--out",
          out,
          "--format",
          "svg,png",
          "--browser",
          browser,
        ],
        repository,
      );
      expect(result.stdout).toMatch(/đã ghi 2 tệp/);
      expect(result.code).toBe(0);
      expect((await readdir(out)).sort()).toEqual([
        "dang-ky-khai-sinh.png",
        "dang-ky-khai-sinh.svg",
      ]);
      const svg = await readFile(join(out, "dang-ky-khai-sinh.svg"), "utf8");
      expect(svg).toMatch(/^<svg/);
      expect(svg.normalize("NFC")).toContain("Ký Giấy khai sinh");
      const png = await readFile(join(out, "dang-ky-khai-sinh.png"));
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      expect(width).toBeGreaterThan(200);
      expect(height).toBeGreaterThan(200);
    },
  );

  test.skipIf(skipReason !== undefined)(
    `draws a chart whose swimlane arrows go wrong in group lanes, and writes that .mmd${skipReason ? ` (skipped: ${skipReason})` : ""}`,
    { timeout: 120_000 },
    async () => {
      const out = await tempFolder({});
      const example = "examples/xac-nhan-tinh-trang-hon-nhan.md";
      const args = ["render", example, "--out", out, "--format", "mmd,svg"];
      const result = await runCli([...args, "--browser", chromiumPath ?? ""], repository);
      expect(result.code).toBe(0);
      const mmd = await readFile(join(out, "xac-nhan-tinh-trang-hon-nhan.mmd"), "utf8");
      expect(mmd).toContain("\nflowchart TD\n");
      const svg = await readFile(join(out, "xac-nhan-tinh-trang-hon-nhan.svg"), "utf8");
      expect(svg).not.toContain("swimlane-title");
    },
  );

  test("a browser path that does not exist prints the install hint and exits 1", async () => {
    const out = await tempFolder({});
    const result = await runCli(
      ["render", "examples", "--out", out, "--format", "png", "--browser", "/khong/co/chrome"],
      repository,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("sudo apt-get install chromium fonts-liberation2");
    expect(await readdir(out)).toEqual([]);
  });
});
