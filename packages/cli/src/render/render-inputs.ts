import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import type { Language } from "@quytrinh/core";
import type { LaneMode, Renderer } from "@quytrinh/mermaid";
import type { CliIo } from "../cli-io.js";
import { createSettingsResolver } from "../config/file-settings.js";
import { laneMode } from "../config/lane-mode.js";
import { discoverFiles } from "../files/discover-files.js";
import type { CliMessages } from "../messages.js";
import type { FileReport } from "../report/file-report.js";
import { formatFileReports } from "../report/format-report.js";
import { internalDiagnostic } from "../report/internal-diagnostic.js";
import { shownPath } from "../report/shown-path.js";
import { onInterrupt } from "./interrupt-cleanup.js";
import { BROWSER_FORMATS, type OutputFormat } from "./output-formats.js";
import { createOutputPlanner } from "./output-paths.js";
import { drawFile } from "./render-file.js";
import { createProgress } from "./render-progress.js";

/** The options of `quytrinh render`. */
export interface RenderRunOptions {
  formats: OutputFormat[];
  out: string;
  /** `--lang`, when given; otherwise each file's config `language`, else `vi`. */
  lang?: Language;
  /** `--lanes`, when given; otherwise the config's `lanes`, else `auto`. */
  lanes?: LaneMode;
  direction: "TD" | "LR";
  scale: number;
  browser?: string;
}

/**
 * Draws every input in every asked format into `out`, one browser for the whole batch (only when an
 * SVG or PNG is asked for). A file that fails is reported and the batch goes on. Resolves to the
 * exit code: 0 when every file was drawn, 1 when any failed or no browser was found.
 */
export async function renderInputs(
  paths: readonly string[],
  options: RenderRunOptions,
  io: CliIo,
  messages: CliMessages,
): Promise<number> {
  const out = resolve(io.cwd, options.out);
  const found = await discoverFiles(paths, io.cwd, messages);
  const settingsOf = createSettingsResolver(
    { noRegistry: true, ...(options.lang === undefined ? {} : { lang: options.lang }) },
    io.cwd,
    messages,
  );
  const plan = createOutputPlanner(
    out,
    options.formats,
    new Set(found.map((input) => input.path)),
    messages,
  );
  let renderer: Renderer | undefined;
  if (options.formats.some((format) => BROWSER_FORMATS.includes(format))) {
    const { createRenderer } = await import("@quytrinh/mermaid");
    try {
      renderer = await createRenderer({
        lang: options.lang ?? "vi",
        handleSignals: false,
        ...(options.browser === undefined ? {} : { executablePath: options.browser }),
      });
    } catch (error) {
      io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  const stopListening = onInterrupt(async () => renderer?.close());
  const failures: FileReport[] = [];
  let written = 0;
  const progress = createProgress(io);
  try {
    await mkdir(out, { recursive: true });
    for (const [index, input] of found.entries()) {
      progress.start(index + 1, found.length, input.shownPath);
      const settings = await settingsOf(input.path);
      failures.push(...settings.problems);
      const outputs = input.problem
        ? { problem: input.problem }
        : plan(input.path, input.shownPath);
      if ("problem" in outputs) {
        failures.push({ file: input.shownPath, diagnostics: [outputs.problem] });
        continue;
      }
      const result = await drawFile(input, outputs.paths, {
        lang: settings.lang,
        lanes: options.lanes ?? laneMode(settings.config.lanes),
        direction: options.direction,
        scale: options.scale,
        messages,
        ...(renderer ? { renderer } : {}),
      }).catch((error: unknown) => ({
        written: [] as string[],
        diagnostics: [internalDiagnostic(error, messages)],
      }));
      written += result.written.length;
      if (result.diagnostics.length > 0) {
        failures.push({ file: input.shownPath, diagnostics: result.diagnostics });
      }
    }
  } finally {
    progress.done();
    stopListening();
    await renderer?.close();
  }
  const failed = failures.filter((failure) =>
    failure.diagnostics.some((diagnostic) => diagnostic.severity === "error"),
  );
  const table = formatFileReports(failures, { messages, color: io.color });
  const summary = messages.renderSummary({
    files: found.length,
    written,
    failed: failed.length,
    out: shownPath(io.cwd, out),
  });
  io.stdout(`${table === "" ? "" : `${table}\n\n`}${summary}\n`);
  return failed.length > 0 ? 1 : 0;
}
