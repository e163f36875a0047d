import { describe, expect, test } from "vitest";
import type { CliIo } from "../src/cli-io.js";
import { createProgress } from "../src/render/render-progress.js";

function capture(interactive: boolean) {
  const written: string[] = [];
  const io: CliIo = {
    stdout: () => {},
    stderr: (text) => written.push(text),
    color: false,
    interactive,
    cwd: "/",
  };
  return { io, written };
}

describe("createProgress", () => {
  test("on a terminal, redraws one bar line and clears it at the end", () => {
    const { io, written } = capture(true);
    const progress = createProgress(io);
    progress.start(1, 2, "a.md");
    progress.start(2, 2, "b.md");
    progress.done();
    expect(written).toEqual([
      `\r\x1b[2K${"█".repeat(10)}${"░".repeat(10)} 1/2 a.md`,
      `\r\x1b[2K${"█".repeat(20)} 2/2 b.md`,
      "\r\x1b[2K",
    ]);
  });

  test("elsewhere, prints one plain line per file and nothing at the end", () => {
    const { io, written } = capture(false);
    const progress = createProgress(io);
    progress.start(1, 1, "a.md");
    progress.done();
    expect(written).toEqual(["[1/1] a.md\n"]);
  });
});
