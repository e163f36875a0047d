import { relative } from "node:path";
import type { Language } from "@quytrinh/core";
import { type Command, Option } from "commander";
import { cliMessages } from "../messages.js";
import { newMessages } from "../new/new-messages.js";
import { summarize } from "../report/file-report.js";
import { formatReport } from "../report/format-report.js";
import type { CommandContext } from "./command-context.js";

interface NewCommandOptions {
  out?: string;
  code?: string;
  lang?: Language;
}

/**
 * Adds `quytrinh new "<title>" [--out file|folder] [--code QT-..] [--lang]`: writes a new
 * procedure in the canonical format, filled from the agency config, with `[[điền: …]]` blanks for
 * the rest. Exit code 1 when nothing was written (file exists, no such folder, bad config).
 */
export function addNewCommand(program: Command, context: CommandContext): void {
  const say = newMessages(context.lang);
  program
    .command("new")
    .description(say.description)
    .argument("<title>", say.titleArgument)
    .option("--out <path>", say.outOption)
    .option("--code <code>", say.codeOption)
    .addOption(new Option("--lang <lang>", say.langOption).choices(["vi", "en"]))
    .action(async (title: string, options: NewCommandOptions) => {
      const { io } = context;
      const { createProcedureFile } = await import("../new/create-procedure-file.js");
      const result = await createProcedureFile(
        { title, out: options.out, code: options.code, lang: options.lang, cwd: io.cwd },
        cliMessages(options.lang ?? context.lang),
      );
      const shown = (path: string) => relative(io.cwd, path) || path;
      if ("problem" in result) {
        io.stderr(`${result.problem}\n`);
        if (result.report) {
          const files = [{ ...result.report, file: shown(result.report.file) }];
          const messages = cliMessages(options.lang ?? context.lang);
          io.stderr(formatReport(files, summarize(files), { messages, color: io.color }));
        }
        context.setExitCode(1);
        return;
      }
      const done = newMessages(result.lang);
      io.stdout(`${done.created(shown(result.file), result.code)}\n`);
      io.stdout(`${done.nextSteps(shown(result.file), result.placeholders)}\n`);
      context.setExitCode(0);
    });
}
