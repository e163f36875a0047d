import { access, readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Diagnostic } from "@quytrinh/core";
import type { FlowchartImage } from "@quytrinh/docx";
import type { Renderer } from "@quytrinh/mermaid";
import { cliDiagnostic } from "../check/cli-diagnostic.js";
import type { FileSettings } from "../config/file-settings.js";
import type { DiscoveredInput } from "../files/discover-files.js";
import { unreadableDiagnostic } from "../files/read-source.js";
import type { CliMessages } from "../messages.js";
import type { OutputPlanner } from "../render/output-paths.js";
import { writeAtomic } from "../render/write-atomic.js";
import { internalDiagnostic } from "../report/internal-diagnostic.js";
import { type BuildFormat, IMAGE_FORMATS } from "./build-formats.js";
import { type BuildManifest, buildKey, type ManifestEntry } from "./build-manifest.js";
import type { BuildFileResult } from "./build-report.js";
import type { PublishResult, PublishTask } from "./publish-task.js";
import { WorkerCrash, type WorkerPool } from "./worker-pool.js";

/** Everything one file's build shares with the rest of the batch. */
export interface BuildFileContext {
  formats: readonly BuildFormat[];
  messages: CliMessages;
  force: boolean;
  scale: number;
  plan: OutputPlanner<BuildFormat>;
  manifest: BuildManifest;
  pool: WorkerPool<PublishTask, PublishResult>;
  /** The one browser renderer of the batch, started on the first call. */
  renderer: () => Promise<Renderer>;
  /** The task for a file (without its bytes) and the settings text its content hash covers. */
  taskFor: (
    input: DiscoveredInput,
    settings: FileSettings,
  ) => { task: Omit<PublishTask, "bytes">; key: string };
  /** A path as shown to the user. */
  shown: (path: string) => string;
}

/** One file's result, and what the manifest should remember of it (nothing when it failed). */
export interface BuiltFile {
  result: BuildFileResult;
  entry?: ManifestEntry;
}

/**
 * Builds one input: plans its outputs inside `--out`, skips it when its content hash and outputs
 * are unchanged, otherwise has a worker parse, validate and publish it, draws its images in the
 * browser and writes every output atomically. Never throws: problems become its diagnostics.
 */
export async function buildFile(
  input: DiscoveredInput,
  settings: FileSettings,
  context: BuildFileContext,
): Promise<BuiltFile> {
  const file = input.shownPath;
  const failed = (diagnostics: Diagnostic[]): BuiltFile => ({
    result: { file, status: "failed", outputs: [], diagnostics },
  });
  if (input.problem) return failed([input.problem]);
  const planned = context.plan(input.path, input.shownPath);
  if ("problem" in planned) return failed([planned.problem]);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input.path);
  } catch (error) {
    return failed([unreadableDiagnostic(file, error, context.messages)]);
  }
  const { task: taskWithoutBytes, key: settingsKey } = context.taskFor(input, settings);
  const task: PublishTask = { ...taskWithoutBytes, bytes };
  const key = buildKey(bytes, settingsKey);
  const paths = [...planned.paths.values()];
  const previous = context.manifest.get(input.path);
  if (!context.force && previous?.key === key && (await allExist(paths))) {
    const outputs = paths.map(context.shown);
    return {
      result: { file, status: "unchanged", outputs, diagnostics: previous.diagnostics },
      entry: previous,
    };
  }
  try {
    const made = await context.pool.run(task);
    if (made.stopped) return failed(made.diagnostics);
    const data = new Map(made.outputs.map((output) => [output.format, output.data]));
    const problems = await drawImages(made, task, data, context);
    const written: string[] = [];
    for (const [format, path] of planned.paths) {
      const content = data.get(format);
      if (content === undefined) continue;
      await writeAtomic(path, content);
      written.push(path);
    }
    const diagnostics = [...made.diagnostics, ...problems];
    const result: BuildFileResult = {
      file,
      status: written.length === paths.length ? "built" : "failed",
      outputs: written.map(context.shown),
      diagnostics,
    };
    if (result.status === "failed") return { result };
    return { result, entry: { key, outputs: written.map((path) => basename(path)), diagnostics } };
  } catch (error) {
    const reason =
      error instanceof WorkerCrash
        ? cliDiagnostic({
            ruleId: "worker-crashed",
            reason: context.messages.workerCrashed(error.message),
          })
        : internalDiagnostic(error, context.messages);
    return failed([reason]);
  }
}

/**
 * Draws the SVG and PNG asked for, and the picture of a Word document with `flowchart: image`
 * (then made by a second worker pass), into `data`. Resolves to the problems met.
 */
async function drawImages(
  made: PublishResult,
  task: PublishTask,
  data: Map<BuildFormat, string | Uint8Array>,
  context: BuildFileContext,
): Promise<Diagnostic[]> {
  const problems: Diagnostic[] = [];
  const wantsPicture = context.formats.includes("docx") && task.flowchart === "image";
  if (made.mermaid === undefined) return problems;
  let mermaid = made.mermaid;
  let fallback = made.mermaidFallback;
  let picture: FlowchartImage | undefined;
  for (const format of IMAGE_FORMATS) {
    if (!context.formats.includes(format) && !(format === "png" && wantsPicture)) continue;
    const rendered = await context.renderer().then(
      (renderer) =>
        renderer.render(mermaid, {
          format: format === "svg" ? "svg" : "png",
          scale: context.scale,
          ...(fallback === undefined ? {} : { fallback }),
        }),
      (error: unknown) => ({ ok: false as const, error: firstLine(error) }),
    );
    if (!rendered.ok) {
      const reason = context.messages.renderFailed(format, rendered.error);
      problems.push(cliDiagnostic({ ruleId: "render-failed", reason }));
      continue;
    }
    if (rendered.usedFallback && fallback !== undefined) {
      // The swimlanes went wrong, so every output is the group-lane chart the pictures show.
      [mermaid, fallback] = [fallback, undefined];
      if (data.has("mmd")) data.set("mmd", mermaid);
    }
    if (context.formats.includes(format)) data.set(format, rendered.data);
    if (format === "png" && typeof rendered.data !== "string") {
      picture = { png: rendered.data, width: rendered.width, height: rendered.height };
    }
  }
  if (wantsPicture && picture) {
    const { validate: _skipped, ...rest } = task;
    const second = await context.pool.run({
      ...rest,
      formats: ["docx"],
      mermaid: false,
      image: picture,
    });
    const docx = second.outputs.find((output) => output.format === "docx");
    if (docx) data.set("docx", docx.data);
  }
  return problems;
}

async function allExist(paths: readonly string[]): Promise<boolean> {
  const found = await Promise.all(
    paths.map((path) =>
      access(path).then(
        () => true,
        () => false,
      ),
    ),
  );
  return found.every(Boolean);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}
