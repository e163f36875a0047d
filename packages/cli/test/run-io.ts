import type { CliIo } from "../src/cli-io.js";
import { run } from "../src/run.js";

/** What one in-process run of the CLI printed and returned. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `quytrinh <argv>` in-process in `cwd`, capturing its output (no colour). */
export async function runCli(argv: readonly string[], cwd: string): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    color: false,
    cwd,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** An in-memory `CliIo` in `cwd` that keeps standard output and error together, in order. */
export function capturingIo(cwd: string): { io: CliIo; output: () => string } {
  let output = "";
  const io: CliIo = {
    stdout: (text) => {
      output += text;
    },
    stderr: (text) => {
      output += text;
    },
    color: false,
    cwd,
  };
  return { io, output: () => output };
}
