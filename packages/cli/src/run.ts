import { Command, CommanderError } from "commander";
import type { CliIo } from "./cli-io.js";
import { addBuildCommand } from "./commands/build.js";
import { addCheckCommand } from "./commands/check.js";
import type { CommandContext } from "./commands/command-context.js";
import { addExerciseCommand } from "./commands/exercise.js";
import { addNewCommand } from "./commands/new.js";
import { addRenderCommand } from "./commands/render.js";
import { addWatchCommand } from "./commands/watch.js";
import { languageFromArgv } from "./language.js";
import { cliMessages } from "./messages.js";
import { USAGE_EXIT_CODE, usageHint } from "./usage-error.js";

/**
 * Runs the `quytrinh` command line (`argv` without the node and script paths) and resolves to
 * the exit code: 0 clean, 1 errors found, 2 usage error. Writes only through `io`.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = languageFromArgv(argv);
  const messages = cliMessages(lang);
  let exitCode = 0;
  const context: CommandContext = {
    io,
    lang,
    messages,
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  const program = new Command("quytrinh")
    .description(messages.programDescription)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });
  // Each command lives in commands/<name>.ts; heavy ones (Word, images) import their
  // implementation lazily inside the action, so `check` starts fast.
  addCheckCommand(program, context);
  addRenderCommand(program, context);
  addNewCommand(program, context);
  addBuildCommand(program, context);
  addWatchCommand(program, context);
  addExerciseCommand(program, context);
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.exitCode === 0) return 0;
    const hint = usageHint(error, messages);
    if (hint) io.stderr(`${hint}\n${messages.helpHint}\n`);
    return USAGE_EXIT_CODE;
  }
  return exitCode;
}
