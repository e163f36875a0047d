import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { type BuildFileContext, buildFile } from "../src/build/build-file.js";
import type { PublishResult, PublishTask } from "../src/build/publish-task.js";
import { WorkerCrash, type WorkerPool } from "../src/build/worker-pool.js";
import { createSettingsResolver } from "../src/config/file-settings.js";
import { cliMessages } from "../src/messages.js";
import { createOutputPlanner } from "../src/render/output-paths.js";
import { tempFolder } from "./temp-folder.js";

const messages = cliMessages("en");

/** A context whose worker pool is `run`, writing JSON into `out`. */
function context(
  out: string,
  run: WorkerPool<PublishTask, PublishResult>["run"],
): BuildFileContext {
  return {
    formats: ["json"],
    messages,
    force: false,
    scale: 2,
    plan: createOutputPlanner(out, ["json"], new Set(), messages),
    manifest: new Map(),
    pool: { run, close: async () => {} },
    renderer: () => Promise.reject(new Error("no browser in this test")),
    taskFor: (input, settings) => ({
      task: {
        file: input.shownPath,
        messagesLang: "en",
        lang: settings.lang,
        lanes: "auto",
        direction: "TD",
        formats: ["json"],
        mermaid: false,
        flowchart: "native",
      },
      key: "test",
    }),
    shown: (path) => path.slice(out.length + 1),
  };
}

/** A temp folder holding `a.md`, its `out` folder and the settings `a.md` is built with. */
async function oneProcedureFolder() {
  const folder = await tempFolder({ "a.md": "# A\n" });
  const settings = await createSettingsResolver(
    { noRegistry: true },
    folder,
    messages,
  )(join(folder, "a.md"));
  return { folder, out: join(folder, "out"), settings };
}

describe("buildFile", () => {
  test("a worker that dies on a file reports that file as failed with worker-crashed", async () => {
    const { folder, out, settings } = await oneProcedureFolder();
    const crashing = context(out, () => Promise.reject(new WorkerCrash("exit code 134")));
    const built = await buildFile(
      { path: join(folder, "a.md"), shownPath: "a.md" },
      settings,
      crashing,
    );
    expect(built).toEqual({
      result: {
        file: "a.md",
        status: "failed",
        outputs: [],
        diagnostics: [
          {
            ruleId: "worker-crashed",
            source: "quytrinh-cli",
            severity: "error",
            reason: "The worker thread stopped while processing this file: exit code 134",
          },
        ],
      },
    });
    expect(await readdir(folder)).toEqual(["a.md"]);
  });

  test("a format the worker did not make marks the file failed, and nothing is remembered", async () => {
    const { folder, out, settings } = await oneProcedureFolder();
    const empty = context(out, async () => ({ outputs: [], diagnostics: [], stopped: false }));
    const built = await buildFile(
      { path: join(folder, "a.md"), shownPath: "a.md" },
      settings,
      empty,
    );
    expect(built.result.status).toBe("failed");
    expect(built.entry).toBeUndefined();
  });
});
