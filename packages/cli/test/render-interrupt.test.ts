import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { chromiumPath, skipReason } from "../../../test/support/chromium.js";
import { tempFolder } from "./temp-folder.js";

const repository = fileURLToPath(new URL("../../..", import.meta.url));
const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("an interrupted render", () => {
  test.skipIf(skipReason !== undefined)(
    `SIGINT mid-batch exits 130 and leaves only complete files${skipReason ? ` (skipped: ${skipReason})` : ""}`,
    { timeout: 120_000 },
    async () => {
      const out = await tempFolder({});
      const browser = chromiumPath ?? "";
      const child = spawn(
        process.execPath,
        [
          ...["--conditions=source", "--import", "tsx", bin, "render", "examples"],
          ...["--out", out, "--format", "png", "--browser", browser],
        ],
        { cwd: repository, stdio: ["ignore", "ignore", "pipe"] },
      );
      const code = await new Promise<number | null>((resolve) => {
        let stderr = "";
        let sent = false;
        child.stderr.on("data", (chunk: Buffer) => {
          stderr += chunk.toString();
          // Once only: a second SIGINT would hit the default handler and kill the process.
          if (sent || !stderr.includes("[2/4]")) return;
          sent = true;
          child.kill("SIGINT");
        });
        child.on("exit", (exitCode) => resolve(exitCode));
      });
      expect(code).toBe(130);
      const names = await readdir(out);
      expect(names.filter((name) => name.startsWith("."))).toEqual([]);
      for (const name of names) {
        const bytes = await readFile(join(out, name));
        expect([...bytes.subarray(0, 8)], name).toEqual(PNG_SIGNATURE);
      }
    },
  );
});
