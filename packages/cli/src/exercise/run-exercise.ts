import { mkdir } from "node:fs/promises";
import { basename, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Diagnostic, Language } from "@quytrinh/core";
import type { ExerciseFormat, ExerciseKind } from "@quytrinh/exercises";
import { fromMarkdown } from "@quytrinh/markdown";
import type { Renderer } from "@quytrinh/mermaid";
import { cliDiagnostic } from "../check/cli-diagnostic.js";
import type { CliIo } from "../cli-io.js";
import { createSettingsResolver } from "../config/file-settings.js";
import { readSource } from "../files/read-source.js";
import type { CliMessages } from "../messages.js";
import { onInterrupt } from "../render/interrupt-cleanup.js";
import { writeAtomic } from "../render/write-atomic.js";
import type { FileReport } from "../report/file-report.js";
import { formatFileReports } from "../report/format-report.js";
import type { ExerciseCliMessages } from "./exercise-cli-messages.js";

/** The options of `quytrinh exercise`. */
export interface ExerciseRunOptions {
  kind: ExerciseKind;
  seed: number;
  out: string;
  formats: ExerciseFormat[];
  count?: number;
  /** `--lang`, when given; otherwise the config's `language`, else `vi`. */
  lang?: Language;
  browser?: string;
  /** `--registry`, as typed. */
  registry?: string;
}

/** The messages a run prints: the CLI's shared ones and the command's own. */
export interface ExerciseRunMessages {
  cli: CliMessages;
  exercise: ExerciseCliMessages;
}

/**
 * Makes one exercise set from one procedure and writes its files into `out`, each atomically and
 * never outside `out` or over the input. Prints the problems (with their positions) that stop it.
 * Resolves to the exit code: 0 when every file was written, 1 when the procedure cannot make the
 * exercise, a file could not be made, or no browser was found for images.
 */
export async function runExercise(
  path: string,
  options: ExerciseRunOptions,
  io: CliIo,
  messages: ExerciseRunMessages,
): Promise<number> {
  const input = resolve(io.cwd, path);
  const out = resolve(io.cwd, options.out);
  const report = (diagnostics: Diagnostic[], extra: FileReport[] = []) => {
    const reports = diagnostics.length > 0 ? [...extra, { file: path, diagnostics }] : extra;
    const text = formatFileReports(reports, { messages: messages.cli, color: io.color });
    io.stderr(`${text}\n\n${messages.exercise.stopped}\n`);
    return 1;
  };
  const settings = await createSettingsResolver(
    {
      ...(options.lang === undefined ? {} : { lang: options.lang }),
      ...(options.registry === undefined ? {} : { registry: options.registry }),
      ...(options.kind === "errors" ? {} : { noRegistry: true }),
    },
    io.cwd,
    messages.cli,
  )(input);
  const settingErrors = settings.problems.filter((problem) =>
    problem.diagnostics.some((diagnostic) => diagnostic.severity === "error"),
  );
  if (settingErrors.length > 0) return report([], settingErrors);
  const source = await readSource(input, path, messages.cli);
  if ("diagnostic" in source) return report([source.diagnostic]);
  const parsed = fromMarkdown(source.text, { lang: settings.lang, file: path });
  const parseErrors = parsed.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (parseErrors.length > 0) return report(parseErrors);

  const { createExercise, exerciseMessages, writeExercise } = await import("@quytrinh/exercises");
  const registry = settings.validate.registry;
  const made = createExercise(parsed.procedure, options.kind, {
    seed: options.seed,
    lang: settings.lang,
    ...(options.count === undefined ? {} : { count: options.count }),
    ...(registry === undefined ? {} : { registry }),
  });
  if (!made.exercise) return report(made.diagnostics);

  let renderer: Renderer | undefined;
  if (options.formats.includes("svg") || options.formats.includes("png")) {
    const { createRenderer } = await import("@quytrinh/mermaid");
    try {
      renderer = await createRenderer({
        lang: settings.lang,
        browsers: 1,
        ...(options.browser === undefined ? {} : { executablePath: options.browser }),
      });
    } catch (error) {
      io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  const stopListening = onInterrupt(async () => renderer?.close());
  try {
    const name = `${basename(input, extname(input))}-${options.kind}-${options.seed}`;
    const { files, diagnostics } = await writeExercise(made.exercise, {
      formats: options.formats,
      name,
      ...(renderer ? { renderer } : {}),
    });
    const targets = files.map((file) => ({ ...file, path: join(out, file.name) }));
    for (const target of targets) {
      const inside = relative(out, target.path);
      if (inside === "" || inside.startsWith("..") || isAbsolute(inside) || inside.includes(sep)) {
        return report([
          cliDiagnostic({
            ruleId: "output-path-invalid",
            reason: messages.exercise.outputOutside(target.name),
          }),
        ]);
      }
      if (target.path === input) {
        return report([
          cliDiagnostic({
            ruleId: "output-path-invalid",
            reason: messages.exercise.outputOverwritesInput(target.name),
          }),
        ]);
      }
    }
    await mkdir(out, { recursive: true });
    for (const target of targets) await writeAtomic(target.path, target.data);
    // A folder inside the working directory is shown relative, one outside it absolute.
    const fromCwd = relative(io.cwd, out);
    const shownOut = fromCwd.startsWith("..") || isAbsolute(fromCwd) ? out : fromCwd || ".";
    const listed = targets.map((target) => `  ${target.name}\n`).join("");
    const kindName = exerciseMessages(settings.lang).kindName[options.kind];
    io.stdout(`${messages.exercise.written(targets.length, kindName, shownOut)}\n${listed}`);
    if (diagnostics.length > 0) return report(diagnostics);
    return 0;
  } finally {
    stopListening();
    await renderer?.close();
  }
}
