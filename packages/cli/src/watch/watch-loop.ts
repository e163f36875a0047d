import { type FSWatcher, watch } from "node:fs";
import { stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { Builder, BuildReport } from "../build/create-builder.js";
import type { CliIo } from "../cli-io.js";
import { errorCode } from "../files/error-code.js";
import { isGlob } from "../files/expand-glob.js";
import type { WatchMessages } from "./watch-messages.js";
import { type WatchTarget, watchTargets } from "./watch-targets.js";
import { watchedChange } from "./watched-change.js";

/** Default quiet time after the last write before rebuilding: editors save in several writes. */
export const DEFAULT_DEBOUNCE_MS = 80;

/** What `watchProcedures` needs. */
export interface WatchLoopOptions {
  /** The inputs as typed: files, folders, globs. */
  paths: readonly string[];
  /** The output folder as typed; changes in it are ignored. */
  out: string;
  builder: Pick<Builder, "build">;
  io: CliIo;
  messages: WatchMessages;
  /** Stops watching; the loop resolves once the build in progress has finished. */
  signal: AbortSignal;
  /** Quiet time before a rebuild, in milliseconds. Default `DEFAULT_DEBOUNCE_MS`. */
  debounceMs?: number;
  /** Called after each build (the first one included), for callers that wait on builds. */
  onBuild?: (report: BuildReport) => void;
}

/** The inputs a set of changes rebuilds: changed files as paths relative to `cwd`, or everything. */
interface Pending {
  all: boolean;
  inputs: Set<string>;
}

const clock = () => new Date().toTimeString().slice(0, 8);

/**
 * Builds `paths` once, then rebuilds each procedure shortly after it is saved (several writes
 * within `debounceMs` make one rebuild; swap, backup and hidden files and the `out` folder are
 * ignored) and everything when a `quytrinh.config.*` above or among them changes. Builds never
 * overlap and a failing build does not stop the watch. Resolves when `signal` aborts.
 */
export async function watchProcedures(options: WatchLoopOptions): Promise<void> {
  const { io, messages, signal } = options;
  const out = resolve(io.cwd, options.out);
  const targets = await watchTargets(options.paths, io.cwd);
  const pending: Pending = { all: false, inputs: new Set() };
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const build = async (inputs: readonly string[], header?: string) => {
    if (header) io.stdout(`${header}\n`);
    try {
      const report = await options.builder.build(inputs);
      options.onBuild?.(report);
    } catch (error) {
      io.stderr(`${messages.buildCrashed(errorCode(error))}\n`);
    }
  };
  const flush = () => {
    running = running.then(async () => {
      const all = pending.all;
      const changed = [...pending.inputs];
      pending.all = false;
      pending.inputs.clear();
      const present = all ? [...options.paths] : await existing(changed, io.cwd);
      if (present.length === 0 || signal.aborted) return;
      const names = all ? [...changed, "quytrinh.config.*"] : present;
      await build(present, messages.changed(clock(), names.join(", ")));
    });
  };
  const noticed = (target: WatchTarget, name: string | null) => {
    if (name === null || signal.aborted) return;
    const path = join(target.folder, name);
    const kind = watchedChange(path, target.folder, out);
    if (kind === "config") pending.all = true;
    else if (kind === "procedure") {
      const input = inputFor(target, path);
      if (input === undefined) return;
      pending.inputs.add(input);
    } else return;
    clearTimeout(timer);
    timer = setTimeout(flush, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  };

  const watchers: FSWatcher[] = [];
  for (const target of targets) {
    try {
      const watcher = watch(target.folder, { recursive: target.recursive }, (_, name) =>
        noticed(target, name),
      );
      watcher.on("error", () => watcher.close());
      watchers.push(watcher);
    } catch {
      // A folder that cannot be watched (gone, no permission) only means fewer rebuilds.
    }
  }
  await build(options.paths);
  io.stderr(`${messages.watching(targets.filter((t) => t.procedures !== "none").length)}\n`);
  if (!signal.aborted) {
    await new Promise<void>((stop) =>
      signal.addEventListener("abort", () => stop(), { once: true }),
    );
  }
  clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  await running;
}

/** What a change of `path` in `target` rebuilds, as an input in the user's terms, if anything. */
function inputFor(target: WatchTarget, path: string): string | undefined {
  const { procedures } = target;
  if (procedures === "none") return undefined;
  if ("each" in procedures) return join(procedures.each, relative(target.folder, path));
  if ("glob" in procedures) return procedures.glob;
  return procedures.get(path);
}

/** The inputs that still exist (a file deleted right after saving is not rebuilt) and globs. */
async function existing(inputs: readonly string[], cwd: string): Promise<string[]> {
  const checks = await Promise.all(
    inputs.map(
      (input) =>
        isGlob(input) ||
        stat(resolve(cwd, input)).then(
          () => true,
          () => false,
        ),
    ),
  );
  return inputs.filter((_, index) => checks[index]);
}
