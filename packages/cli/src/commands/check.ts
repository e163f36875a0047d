import { formatTimeTable, type Language, type PresetName } from "@quytrinh/core";
import { type Command, Option } from "commander";
import { checkInputs } from "../check/check-inputs.js";
import { cliMessages } from "../messages.js";
import type { CheckReport, FileReport } from "../report/file-report.js";
import { summarize } from "../report/file-report.js";
import { formatReport } from "../report/format-report.js";
import type { CommandContext } from "./command-context.js";

interface CheckCommandOptions {
  json?: boolean;
  lang?: Language;
  preset?: PresetName;
  registry?: string;
  time?: boolean;
  failOn: "error" | "warning";
}

/**
 * Adds `quytrinh check <paths...>`: parse and validate each procedure with the settings of its
 * nearest config file and print its diagnostics (and its time analysis with `--time`). Exit code 1
 * when any error is found (or any warning with `--fail-on warning`), 0 otherwise.
 */
export function addCheckCommand(program: Command, context: CommandContext): void {
  const { messages } = context;
  program
    .command("check")
    .description(messages.checkDescription)
    .argument("<paths...>", messages.pathsArgument)
    .option("--json", messages.jsonOption)
    .addOption(new Option("--lang <lang>", messages.langOption).choices(["vi", "en"]))
    .addOption(
      new Option("--preset <preset>", messages.presetOption).choices(["recommended", "strict"]),
    )
    .option("--registry <file>", messages.registryOption)
    .option("--time", messages.timeOption)
    .addOption(
      new Option("--fail-on <severity>", messages.failOnOption)
        .choices(["error", "warning"])
        .default("error"),
    )
    .action(async (paths: string[], options: CheckCommandOptions) => {
      const lang = options.lang ?? context.lang;
      const runMessages = cliMessages(lang);
      const overrides = {
        ...(options.lang === undefined ? {} : { lang: options.lang }),
        ...(options.preset === undefined ? {} : { preset: options.preset }),
        ...(options.registry === undefined ? {} : { registry: options.registry }),
      };
      const files = await checkInputs(paths, context.io.cwd, overrides, {
        messages: runMessages,
        time: options.time === true,
      });
      const summary = summarize(files);
      if (options.json) {
        const report: CheckReport = { files, summary };
        context.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        const details = (file: FileReport) =>
          file.time && formatTimeTable(file.time, { lang, hoursPerDay: file.time.hoursPerDay });
        context.io.stdout(
          formatReport(files, summary, { messages: runMessages, color: context.io.color, details }),
        );
      }
      const failed = summary.errors > 0 || (options.failOn === "warning" && summary.warnings > 0);
      context.setExitCode(failed ? 1 : 0);
    });
}
