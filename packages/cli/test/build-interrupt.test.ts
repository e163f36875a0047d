import { type ChildProcess, spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { generateProcedureMarkdown } from "../../../bench/generate-procedure.js";
import { runCli } from "./run-io.js";
import { tempFolder } from "./temp-folder.js";

const repository = fileURLToPath(new URL("../../..", import.meta.url));
const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
const TEMP = /\.tmp$/;

/** A folder of `count` generated procedures of 12 steps, `qt-01.md` ... */
function corpus(count: number): Promise<string> {
  const files: Record<string, string> = {};
  for (let seed = 1; seed <= count; seed++) {
    files[`qt-${String(seed).padStart(2, "0")}.md`] = generateProcedureMarkdown(12, seed);
  }
  return tempFolder(files);
}

/** Starts `quytrinh build <folder> --out <out>` from source and sends `signal` after `after`. */
function buildThenSignal(folder: string, out: string, after: string, signal: NodeJS.Signals) {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--conditions=source", "--import", "tsx", bin, "build", folder, "--out", out],
    { cwd: repository, stdio: ["ignore", "ignore", "pipe"] },
  );
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    let stderr = "";
    let sent = false;
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (sent || !stderr.includes(after)) return;
      sent = true;
      child.kill(signal);
    });
    child.on("exit", (code, killedBy) => resolve({ code, signal: killedBy }));
  });
}

/** Every `.docx` in `out` is whole: a zip (`PK`) that holds `word/document.xml`. */
async function expectWholeDocuments(out: string): Promise<string[]> {
  const names = (await readdir(out)).filter((name) => name.endsWith(".docx"));
  for (const name of names) {
    const bytes = await readFile(join(out, name));
    expect([...bytes.subarray(0, 2)], name).toEqual([0x50, 0x4b]);
    expect(bytes.includes("word/document.xml"), name).toBe(true);
  }
  return names;
}

describe("an interrupted build", () => {
  test("killed with SIGKILL mid-batch: no partial .docx, and the next run cleans up and succeeds", async () => {
    const folder = await corpus(40);
    const out = join(await tempFolder({}), "out");
    const killed = await buildThenSignal(folder, out, "[3/40]", "SIGKILL");
    expect(killed.signal).toBe("SIGKILL");
    // 40 files run on worker threads; three were done before the kill.
    expect((await expectWholeDocuments(out)).length).toBeGreaterThanOrEqual(3);
    const next = await runCli(["build", "--jobs", "1", folder, "--out", out, "--json"], repository);
    // The generated procedures have validation findings; what matters is that none failed.
    const report = JSON.parse(next.stdout);
    expect(report.failed).toBe(0);
    expect(report.built + report.unchanged).toBe(40);
    expect((await readdir(out)).filter((name) => TEMP.test(name))).toEqual([]);
    expect(await expectWholeDocuments(out)).toHaveLength(40);
  }, 180_000);

  test.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s mid-batch exits %i and leaves no temporary files",
    async (signal, exitCode) => {
      const folder = await corpus(30);
      const out = join(await tempFolder({}), "out");
      const stopped = await buildThenSignal(folder, out, "[2/30]", signal);
      expect(stopped.code).toBe(exitCode);
      expect((await readdir(out)).filter((name) => TEMP.test(name))).toEqual([]);
      expect((await expectWholeDocuments(out)).length).toBeLessThan(30);
    },
    180_000,
  );
});
