import { mkdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import type { Language, PresetName } from "@quytrinh/core";
import type { LaneMode, Renderer } from "@quytrinh/mermaid";
import type { CliIo } from "../cli-io.js";
import { createSettingsResolver, type FileSettings } from "../config/file-settings.js";
import { laneMode } from "../config/lane-mode.js";
import { type DiscoveredInput, discoverFiles } from "../files/discover-files.js";
import type { CliMessages } from "../messages.js";
import { onInterrupt } from "../render/interrupt-cleanup.js";
import { createOutputPlanner } from "../render/output-paths.js";
import { createProgress } from "../render/render-progress.js";
import { removeStaleTempFiles } from "../render/stale-temp-files.js";
import { shownPath } from "../report/shown-path.js";
import { agencyDefaults } from "./agency-defaults.js";
import { type BuildFileContext, type BuiltFile, buildFile } from "./build-file.js";
import { type BuildFormat, IMAGE_FORMATS } from "./build-formats.js";
import { type BuildManifest, readManifest, writeManifest } from "./build-manifest.js";
import { type BuildFileResult, type BuildReport, buildReport } from "./build-report.js";
import { createInlinePool } from "./inline-pool.js";
import { printBuildReport } from "./print-build-report.js";
import type { PublishResult, PublishTask } from "./publish-task.js";
import { settingsKey } from "./settings-key.js";
import { createWorkerPool, type WorkerPool } from "./worker-pool.js";
import { workerScript } from "./worker-script.js";

export type { BuildFileResult, BuildReport } from "./build-report.js";

/** Files per worker thread below which a batch does not start another worker. */
const FILES_PER_WORKER = 8;

/** The options of `quytrinh build` (and of `watch`, which keeps one builder for many builds). */
export interface BuildRunOptions {
  /** Formats to write. Default `["docx"]`. */
  formats: BuildFormat[];
  /** The output folder as typed, relative to `io.cwd`. */
  out: string;
  /** `--lang`; otherwise each file's config `language`, else `vi`. */
  lang?: Language;
  /** `--preset`; otherwise the config's. */
  preset?: PresetName;
  /** `--registry`, as typed; otherwise the config's, else the starter registry. */
  registry?: string;
  /** `--lanes`; otherwise the config's `lanes`, else `auto`. */
  lanes?: LaneMode;
  /** The flowchart in Word documents; otherwise the config's `flowchart`, else `native`. */
  flowchart?: "native" | "image";
  /** Flow direction of the flowcharts. Default `TD`. */
  direction?: "TD" | "LR";
  /** Pixel density of PNG images. Default 2. */
  scale?: number;
  /** Lowest severity that makes the exit code 1. Default `error`. */
  failOn?: "error" | "warning";
  /** Build every file, ignoring the content-hash manifest. */
  force?: boolean;
  /**
   * Most worker threads. Default `os.availableParallelism()`. A batch uses one per 8 files at
   * most; with fewer than 2 (small batches, or `jobs: 1`) it works in the main thread.
   */
  jobs?: number;
  /** The browser for SVG and PNG; found by `findBrowser` when absent. */
  browser?: string;
  /** Print the machine-readable report (`BuildReport` with `version` and `out`) on stdout. */
  json?: boolean;
}

/** Builds batches of procedures, keeping worker threads and the browser warm between batches. */
export interface Builder {
  /** Builds the inputs (files, folders, globs), prints progress and the report through `io`. */
  build(paths: readonly string[]): Promise<BuildReport>;
  /** Stops the worker threads and the browser. */
  close(): Promise<void>;
}

/**
 * A builder for `quytrinh build` and `watch`: each `build` parses, validates and publishes every
 * input in a pool of worker threads, draws images in one browser (started on the first image
 * needed), writes outputs atomically inside `--out` and skips inputs whose content hash and
 * outputs are unchanged. One bad file never stops the others.
 */
export function createBuilder(options: BuildRunOptions, io: CliIo, messages: CliMessages): Builder {
  const out = resolve(io.cwd, options.out);
  const formats = options.formats.length > 0 ? options.formats : (["docx"] as BuildFormat[]);
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  let pool: WorkerPool<PublishTask, PublishResult> | undefined;
  let renderer: Promise<Renderer> | undefined;
  let manifest: BuildManifest | undefined;

  const startRenderer = async (): Promise<Renderer> => {
    const { createRenderer } = await import("@quytrinh/mermaid");
    // One browser, a page per core (up to 2). Measured on 150 PNGs, 2 cores: 2 pages took 35-44 s
    // against 49 s with 1, for 1.8 GB of RSS summed over the processes (1.1 GB PSS) against 1.5.
    return createRenderer({
      browsers: 1,
      pages: Math.min(2, availableParallelism()),
      lang: messages.lang,
      handleSignals: false,
      ...(options.browser === undefined ? {} : { executablePath: options.browser }),
    });
  };
  const getRenderer = (): Promise<Renderer> => {
    if (renderer === undefined) {
      renderer = startRenderer();
      renderer.catch((error: unknown) => io.stderr(`${String((error as Error).message)}\n`));
    }
    return renderer;
  };
  const close = async () => {
    const stopping = [
      pool?.close(),
      renderer?.then(
        (r) => r.close(),
        () => {},
      ),
    ];
    pool = undefined;
    renderer = undefined;
    await Promise.all(stopping);
  };

  const taskFor = (input: DiscoveredInput, settings: FileSettings) => {
    const flowchart = options.flowchart ?? settings.config.flowchart ?? "native";
    const hoursPerDay = settings.validate.hoursPerDay;
    const task: Omit<PublishTask, "bytes"> = {
      file: input.shownPath,
      messagesLang: messages.lang,
      lang: settings.lang,
      validate: settings.validate,
      lanes: options.lanes ?? laneMode(settings.config.lanes),
      direction: options.direction ?? "TD",
      formats: formats.filter((format) => !IMAGE_FORMATS.includes(format)),
      mermaid:
        formats.some((format) => IMAGE_FORMATS.includes(format)) ||
        (formats.includes("docx") && flowchart === "image"),
      flowchart,
      agency: agencyDefaults(settings.config),
      ...(hoursPerDay === undefined ? {} : { hoursPerDay }),
    };
    return { task, key: settingsKey(task, formats, options.scale ?? 2) };
  };

  return {
    async build(paths) {
      const started = performance.now();
      await mkdir(out, { recursive: true });
      await removeStaleTempFiles(out);
      manifest ??= await readManifest(out);
      const known = manifest;
      const outputs = new Set(
        [...known.values()].flatMap((entry) => entry.outputs.map((name) => join(out, name))),
      );
      const found = (await discoverFiles(paths, io.cwd, messages)).filter(
        (input) => !outputs.has(input.path),
      );
      const settingsOf = createSettingsResolver(
        {
          ...(options.lang === undefined ? {} : { lang: options.lang }),
          ...(options.preset === undefined ? {} : { preset: options.preset }),
          ...(options.registry === undefined ? {} : { registry: options.registry }),
        },
        io.cwd,
        messages,
      );
      // A worker costs about 1 s of CPU to start (2–3 s from source), a file about 0.2 s: small
      // batches run in the main thread, larger ones on up to `jobs` workers, kept for later builds.
      const workers = Math.min(jobs, Math.floor(found.length / FILES_PER_WORKER));
      if (pool === undefined && workers >= 2) {
        pool = createWorkerPool(workerScript("build-worker", import.meta.url), workers);
      }
      const context: BuildFileContext = {
        formats,
        messages,
        force: options.force === true,
        scale: options.scale ?? 2,
        plan: createOutputPlanner(out, formats, new Set(found.map((f) => f.path)), messages),
        manifest: known,
        pool: pool ?? createInlinePool(),
        renderer: getRenderer,
        taskFor,
        shown: (path) => shownPath(io.cwd, path),
      };
      const stopListening = onInterrupt(close);
      const progress = createProgress(io);
      const results: BuildFileResult[][] = found.map(() => []);
      let next = 0;
      let done = 0;
      const lane = async () => {
        for (let index = next++; index < found.length; index = next++) {
          const input = found[index] as DiscoveredInput;
          const settings = await settingsOf(input.path);
          const built: BuiltFile = await buildFile(input, settings, context);
          if (built.entry) known.set(input.path, built.entry);
          else known.delete(input.path);
          results[index] = [...settings.problems.map(configProblem), built.result];
          done += 1;
          progress.start(done, found.length, input.shownPath);
        }
      };
      try {
        // Twice as many files in flight as workers keeps them busy while others read or write;
        // it also bounds the open files, so a folder of thousands never hits EMFILE.
        await Promise.all(Array.from({ length: jobs * 2 }, lane));
        await writeManifest(out, known);
      } finally {
        progress.done();
        stopListening();
      }
      const report = buildReport(
        results.flat(),
        Math.round(performance.now() - started),
        options.failOn ?? "error",
      );
      printBuildReport(report, { io, messages, json: options.json === true, out });
      return report;
    },
    close,
  };
}

/** A config or registry file that cannot be used, reported like a failed input. */
function configProblem(problem: { file: string; diagnostics: BuildFileResult["diagnostics"] }) {
  return { ...problem, status: "failed" as const, outputs: [] };
}
