import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import type { BuildReport } from "../src/build/create-builder.js";
import { watchProcedures } from "../src/watch/watch-loop.js";
import { watchMessages } from "../src/watch/watch-messages.js";
import { watchedChange } from "../src/watch/watched-change.js";
import { capturingIo } from "./run-io.js";
import { tempFolder } from "./temp-folder.js";

const EMPTY_REPORT: BuildReport = {
  files: [],
  built: 0,
  unchanged: 0,
  failed: 0,
  errors: 0,
  warnings: 0,
  milliseconds: 0,
  exitCode: 0,
};

test("sorts saved paths into procedures, config files and editor or output noise", () => {
  const root = "/p";
  const kinds = [
    "/p/a.md",
    "/p/sub/B.MD",
    "/p/quytrinh.config.yaml",
    "/p/sub/quytrinh.config.json",
    "/p/.a.md.swp",
    "/p/a.md~",
    "/p/#a.md#",
    "/p/4913",
    "/p/.a.md.123-4.tmp",
    "/p/a.md.bak",
    "/p/.git/notes.md",
    "/p/out/a.md",
    "/p/out/quytrinh.config.json",
    "/p/a.docx",
  ].map((path) => watchedChange(path, root, "/p/out"));
  expect(kinds).toEqual([
    "procedure",
    "procedure",
    "config",
    "config",
    ...Array.from({ length: 10 }, () => "ignored"),
  ]);
});

/** Watches `root` with a builder that only records what it was asked to build. */
async function watchRecording(root: string, paths: string[]) {
  const calls: string[][] = [];
  const controller = new AbortController();
  const { io, output } = capturingIo(root);
  let first: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    first = resolve;
  });
  const builder = {
    build: async (inputs: readonly string[]) => {
      calls.push([...inputs]);
      return EMPTY_REPORT;
    },
  };
  const done = watchProcedures({
    paths,
    out: "out",
    builder,
    io,
    messages: watchMessages("vi"),
    signal: controller.signal,
    debounceMs: 100,
    onBuild: () => first(),
  });
  await started;
  const stop = async () => {
    controller.abort();
    await done;
  };
  return { calls, stop, output };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 600));

test("several quick writes make one rebuild of that file; noise makes none", async () => {
  const root = await tempFolder({ "hs/a.md": "a", "hs/b.md": "b", "out/x.md": "x" });
  const watching = await watchRecording(root, ["hs"]);
  await writeFile(join(root, "hs/.a.md.swp"), "swap");
  await writeFile(join(root, "hs/a.md~"), "backup");
  await writeFile(join(root, "out/x.md"), "output");
  await settle();
  for (const text of ["a1", "a2", "a3"]) await writeFile(join(root, "hs/a.md"), text);
  await settle();
  await watching.stop();
  expect(watching.calls).toEqual([["hs"], [join("hs", "a.md")]]);
  expect(watching.output()).toMatch(
    /Đang theo dõi 1 thư mục.*\n\[\d\d:\d\d:\d\d\] Đã lưu: hs\/a\.md\n/u,
  );
});

test("a config change above the inputs rebuilds all of them", async () => {
  const root = await tempFolder({ "hs/a.md": "a", "c.md": "c" });
  const watching = await watchRecording(root, ["hs", "c.md"]);
  await writeFile(join(root, "quytrinh.config.yaml"), "language: en\n");
  await settle();
  await writeFile(join(root, "c.md"), "c2");
  await writeFile(join(root, "other.md"), "not watched");
  await settle();
  await watching.stop();
  expect(watching.calls).toEqual([["hs", "c.md"], ["hs", "c.md"], ["c.md"]]);
});

test("a file created in a new subfolder is rebuilt", async () => {
  const root = await tempFolder({ "hs/a.md": "a" });
  const watching = await watchRecording(root, ["hs"]);
  await mkdir(join(root, "hs/moi"));
  await settle();
  await writeFile(join(root, "hs/moi/b.md"), "b");
  await settle();
  await watching.stop();
  expect(watching.calls.at(-1)).toEqual([join("hs", "moi", "b.md")]);
});

test("a failing build is reported and the watch goes on", async () => {
  const root = await tempFolder({ "a.md": "a" });
  const controller = new AbortController();
  let output = "";
  let builds = 0;
  const builder = {
    build: async () => {
      builds += 1;
      if (builds === 2) throw new Error("boom");
      return EMPTY_REPORT;
    },
  };
  const done = watchProcedures({
    paths: ["a.md"],
    out: "out",
    builder,
    io: { stdout: () => {}, stderr: (text) => (output += text), color: false, cwd: root },
    messages: watchMessages("en"),
    signal: controller.signal,
    debounceMs: 50,
  });
  await settle();
  await writeFile(join(root, "a.md"), "a2");
  await settle();
  await writeFile(join(root, "a.md"), "a3");
  await settle();
  controller.abort();
  await done;
  expect(builds).toBe(3);
  expect(output).toContain("Internal error while rebuilding, still watching: boom\n");
});
