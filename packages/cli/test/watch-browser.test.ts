import { execFileSync, spawn } from "node:child_process";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { chromiumPath, skipReason } from "../../../test/support/chromium.js";
import { exampleText } from "./example-folder.js";
import { tempFolder } from "./temp-folder.js";

const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
const repository = fileURLToPath(new URL("../../..", import.meta.url));
const birth = exampleText("dang-ky-khai-sinh");

/** The ids of the browser processes `parent` started. */
function browsersOf(parent: number): number[] {
  try {
    const listed = execFileSync("ps", ["-o", "pid=,comm=", "--ppid", String(parent)], {
      encoding: "utf8",
    });
    return listed
      .split("\n")
      .filter((line) => /chrom/iu.test(line))
      .map((line) => Number.parseInt(line, 10));
  } catch {
    return [];
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test.skipIf(skipReason !== undefined)(
  `one browser stays up across rebuilds and Ctrl-C closes it${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  { timeout: 120_000 },
  async () => {
    const folder = await tempFolder({ "a.md": birth });
    const out = join(folder, "out");
    const child = spawn(
      process.execPath,
      [
        ...["--conditions=source", "--import", "tsx", bin, "watch", folder, "--out", out],
        ...["--format", "svg", "--browser", chromiumPath ?? "", "--jobs", "1"],
      ],
      { cwd: repository, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const waitFor = (pattern: RegExp) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (pattern.test(stdout + stderr)) resolve();
        };
        child.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString();
          check();
        });
        child.stderr.on("data", (chunk: Buffer) => {
          stderr += chunk.toString();
          check();
        });
        child.on("exit", () => reject(new Error(`watch exited early:\n${stdout}${stderr}`)));
        check();
      });
    await waitFor(/Đang theo dõi/u);
    const browsers = browsersOf(child.pid ?? 0);
    expect(browsers.length).toBeGreaterThan(0);
    await writeFile(join(folder, "a.md"), birth.replace("Ký Giấy khai sinh", "Ký, đóng dấu"));
    await waitFor(/Đã lưu[^\n]*\n[\s\S]*1 đã xuất bản/u);
    expect(browsersOf(child.pid ?? 0)).toEqual(browsers);
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    // The browser is killed on the way out; give the kernel a moment to reap it.
    for (let waited = 0; waited < 5000 && browsers.some(isRunning); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(browsers.filter(isRunning)).toEqual([]);
    expect((await readdir(out)).filter((name) => !name.startsWith("."))).toEqual(["a.svg"]);
  },
);
