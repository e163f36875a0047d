import type { Language } from "@quytrinh/core";
import { type Command, Option } from "commander";
import { checkInputs } from "../check/check-inputs.js";
import { cliMessages } from "../messages.js";
import type { CheckReport } from "../report/file-report.js";
import { summarize } from "../report/file-report.js";
import { formatReport } from "../report/format-report.js";
import type { CommandContext } from "./command-context.js";

interface CheckCommandOptions {
  json?: boolean;
  lang: Language;
}

/**
 * Adds `quytrinh check <paths...>`: parse (and later validate) each procedure and print its
 * diagnostics. Exit code 1 when any error is found, 0 otherwise (warnings allowed).
 */
export function addCheckCommand(program: Command, context: CommandContext): void {
  const { messages } = context;
  program
    .command("check")
    .description(messages.checkDescription)
    .argument("<paths...>", messages.pathsArgument)
    .option("--json", messages.jsonOption)
    .addOption(
      new Option("--lang <lang>", messages.langOption).choices(["vi", "en"]).default(context.lang),
    )
    .action(async (paths: string[], options: CheckCommandOptions) => {
      const lang = options.lang;
      const runMessages = cliMessages(lang);
      const files = await checkInputs(paths, context.io.cwd, { lang, messages: runMessages });
      const summary = summarize(files);
      if (options.json) {
        const report: CheckReport = { files, summary };
        context.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        const color = context.io.color;
        context.io.stdout(formatReport(files, summary, { messages: runMessages, color }));
      }
      context.setExitCode(summary.errors > 0 ? 1 : 0);
    });
}
