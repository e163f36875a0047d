import { spawn } from "node:child_process";
import { readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { type BuildReport, createBuilder } from "../src/build/create-builder.js";
import { cliMessages } from "../src/messages.js";
import { watchProcedures } from "../src/watch/watch-loop.js";
import { watchMessages } from "../src/watch/watch-messages.js";
import { birthWithoutActor, exampleText } from "./example-folder.js";
import { capturingIo } from "./run-io.js";
import { tempFolder } from "./temp-folder.js";

const birth = exampleText("dang-ky-khai-sinh");
const death = exampleText("dang-ky-khai-tu");
const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
const repository = fileURLToPath(new URL("../../..", import.meta.url));

/** Starts watching `folder` with a real builder (Word documents into `folder/out`). */
function startWatch(folder: string) {
  const { io, output } = capturingIo(folder);
  const builder = createBuilder({ formats: ["docx"], out: "out", jobs: 1 }, io, cliMessages("vi"));
  const controller = new AbortController();
  const waiting: ((report: BuildReport) => void)[] = [];
  const nextBuild = () =>
    new Promise<BuildReport>((resolve) => {
      waiting.push(resolve);
    });
  const first = nextBuild();
  const done = watchProcedures({
    paths: ["."],
    out: "out",
    builder,
    io,
    messages: watchMessages("vi"),
    signal: controller.signal,
    onBuild: (report) => {
      for (const resolve of waiting.splice(0)) resolve(report);
    },
  });
  const stop = async () => {
    controller.abort();
    await done;
    await builder.close();
  };
  return { first, nextBuild, stop, output };
}

// Timing under a shared 2-core machine: a retry absorbs a burst of load from other test files.
test("rebuilds a saved procedure, and only it, within a second of the save", {
  retry: 2,
  timeout: 60_000,
}, async () => {
  const folder = await tempFolder({ "a.md": birth, "b.md": death });
  const watching = startWatch(folder);
  try {
    expect((await watching.first).built).toBe(2);
    const before = await stat(join(folder, "out/b.docx"));
    const rebuilt = watching.nextBuild();
    await writeFile(join(folder, "a.md"), birth.replace("Ký Giấy khai sinh", "Ký, đóng dấu"));
    const saved = Date.now();
    const report = await rebuilt;
    const after = await stat(join(folder, "out/a.docx"));
    expect(report.files.map((file) => [file.file, file.status])).toEqual([["a.md", "built"]]);
    expect(after.mtimeMs - saved).toBeLessThan(1000);
    expect((await stat(join(folder, "out/b.docx"))).mtimeMs).toBe(before.mtimeMs);
  } finally {
    await watching.stop();
  }
});

test("a save with an error prints its positioned diagnostic and the watch goes on", async () => {
  const folder = await tempFolder({ "a.md": birth });
  const watching = startWatch(folder);
  try {
    await watching.first;
    const broken = watching.nextBuild();
    await writeFile(join(folder, "a.md"), birthWithoutActor());
    expect((await broken).errors).toBe(1);
    expect(watching.output()).toMatch(/^a\.md:\d+:1 +lỗi +.*step-responsible-required$/mu);
    const fixed = watching.nextBuild();
    await writeFile(join(folder, "a.md"), birth);
    expect(await fixed).toMatchObject({ errors: 0, built: 1 });
  } finally {
    await watching.stop();
  }
}, 60_000);

test("Ctrl-C (SIGINT) exits 130 with the workers closed and no temporary file left", async () => {
  const folder = await tempFolder({ "a.md": birth, "b.md": death });
  const child = spawn(
    process.execPath,
    ["--conditions=source", "--import", "tsx", bin, "watch", folder, "--out", join(folder, "out")],
    { cwd: repository, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  await new Promise<void>((resolve) => {
    child.on("exit", () => resolve());
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes("Đang theo dõi")) resolve();
    });
  });
  child.kill("SIGINT");
  expect(await exited).toBe(130);
  expect(stderr).toContain("Đã dừng theo dõi\n");
  const names = await readdir(join(folder, "out"));
  expect(names.filter((name) => name.endsWith(".tmp"))).toEqual([]);
  expect(names.filter((name) => name.endsWith(".docx")).sort(), stdout + stderr).toEqual([
    "a.docx",
    "b.docx",
  ]);
}, 60_000);
