import { type ChildProcess, execFile, spawn } from "node:child_process";
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The repository's root folder. */
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** The built `quytrinh` binary, as `npm install --global @quytrinh/cli` would run it. */
export const builtBin = join(repoRoot, "packages/cli/dist/bin.js");

/**
 * Bundles `@quytrinh/cli` and the workspace packages it imports into their `dist/` folders with
 * tsup, without type declarations (the binary does not need them, and they take most of the time).
 */
export async function buildCli(): Promise<void> {
  await run("pnpm", ["--filter", "@quytrinh/cli...", "exec", "tsup", "--no-dts", "--silent"], {
    cwd: repoRoot,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** What a finished run of the binary printed, and its exit code. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary with `node` in `cwd` and waits for it to exit. */
export function runBuiltCli(args: readonly string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = startBuiltCli(args, cwd);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts the built binary with `node` in `cwd` (not a terminal, colours off), without waiting. */
export function startBuiltCli(args: readonly string[], cwd: string): ChildProcess {
  return spawn(process.execPath, [builtBin, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** A fresh temporary folder holding a copy of `examples/` as `<folder>/examples`. */
export async function copyExamples(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "quytrinh-e2e-"));
  await cp(join(repoRoot, "examples"), join(folder, "examples"), { recursive: true });
  return folder;
}

/** Resolves when `child` has printed `pattern` on stderr (or rejects after `ms`). */
export function waitForStderr(child: ChildProcess, pattern: RegExp, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => {
      child.stderr?.off("data", listen);
      reject(new Error(`no ${pattern} on stderr within ${ms} ms; got:\n${seen}`));
    }, ms);
    const listen = (chunk: Buffer) => {
      seen += chunk.toString("utf8");
      if (pattern.test(seen)) {
        clearTimeout(timer);
        child.stderr?.off("data", listen);
        resolve(seen);
      }
    };
    child.stderr?.on("data", listen);
  });
}

/** Resolves with the exit code (or signal name) of `child` once it has exited. */
export function exitOf(child: ChildProcess): Promise<number | string | null> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(child.exitCode ?? child.signalCode);
  }
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? signal));
  });
}
