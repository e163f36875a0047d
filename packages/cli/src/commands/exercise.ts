import type { Language } from "@quytrinh/core";
import type { ExerciseFormat, ExerciseKind } from "@quytrinh/exercises";
import { type Command, Option } from "commander";
import { parseCount, parseExerciseFormats, parseSeed } from "../exercise/exercise-arguments.js";
import { exerciseCliMessages } from "../exercise/exercise-cli-messages.js";
import { cliMessages } from "../messages.js";
import type { CommandContext } from "./command-context.js";

interface ExerciseCommandOptions {
  kind: ExerciseKind;
  seed: number;
  out: string;
  count?: number;
  format: ExerciseFormat[];
  lang?: Language;
  browser?: string;
  registry?: string;
}

/**
 * Adds `quytrinh exercise <procedure.md> --kind order|blanks|errors --seed <n> --out <dir>`: one
 * exercise set for a class (handout and answer key in Word, the `.drawio` file, and on request the
 * flowchart as SVG or PNG and the JSON). The exercise code (and the browser) is loaded only when it runs.
 */
export function addExerciseCommand(program: Command, context: CommandContext): void {
  const messages = exerciseCliMessages(context.lang);
  program
    .command("exercise")
    .description(messages.description)
    .argument("<procedure>", messages.procedureArgument)
    .addOption(
      new Option("--kind <kind>", messages.kindOption)
        .choices(["order", "blanks", "errors"])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option("--seed <n>", messages.seedOption)
        .argParser((value) => parseSeed(value, messages))
        .makeOptionMandatory(),
    )
    .requiredOption("--out <dir>", messages.outOption)
    .addOption(
      new Option("--count <n>", messages.countOption).argParser((value) =>
        parseCount(value, messages),
      ),
    )
    .addOption(
      new Option("--format <formats>", messages.formatOption)
        .argParser((value) => parseExerciseFormats(value, messages))
        .default(["docx", "drawio", "md"], "docx,drawio,md"),
    )
    .option("--browser <path>", messages.browserOption)
    .option("--registry <file>", messages.registryOption)
    .addOption(new Option("--lang <lang>", context.messages.langOption).choices(["vi", "en"]))
    .action(async (path: string, options: ExerciseCommandOptions) => {
      const lang = options.lang ?? context.lang;
      const { runExercise } = await import("../exercise/run-exercise.js");
      const code = await runExercise(
        path,
        {
          kind: options.kind,
          seed: options.seed,
          out: options.out,
          formats: options.format,
          ...(options.count === undefined ? {} : { count: options.count }),
          ...(options.lang === undefined ? {} : { lang: options.lang }),
          ...(options.browser === undefined ? {} : { browser: options.browser }),
          ...(options.registry === undefined ? {} : { registry: options.registry }),
        },
        context.io,
        { cli: cliMessages(lang), exercise: exerciseCliMessages(lang) },
      );
      context.setExitCode(code);
    });
}
