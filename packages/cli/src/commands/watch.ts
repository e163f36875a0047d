import type { Command } from "commander";
import type { BuildFormat } from "../build/build-formats.js";
import type { BuildRunOptions } from "../build/create-builder.js";
import { cliMessages } from "../messages.js";
import { watchMessages } from "../watch/watch-messages.js";
import { buildOptions } from "./build.js";
import type { CommandContext } from "./command-context.js";

type WatchCommandOptions = Omit<BuildRunOptions, "formats"> & { format: BuildFormat[] };

/** Exit codes of a watch stopped by a signal, as a shell reports them. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Adds `quytrinh watch <paths...> --out <dir> [build options]`: builds like `build`, then rebuilds
 * each procedure when it is saved and prints its diagnostics, keeping one builder (worker
 * threads, browser) warm. Ctrl-C (or SIGTERM) closes it and exits with 130 (143).
 */
export function addWatchCommand(program: Command, context: CommandContext): void {
  const command = program
    .command("watch")
    .description(watchMessages(context.lang).description)
    .argument("<paths...>", context.messages.pathsArgument);
  for (const option of buildOptions(context.messages)) command.addOption(option);
  command.action(async (paths: string[], options: WatchCommandOptions) => {
    const lang = options.lang ?? context.lang;
    const { createBuilder } = await import("../build/create-builder.js");
    const { watchProcedures } = await import("../watch/watch-loop.js");
    const { format, ...rest } = options;
    const builder = createBuilder({ ...rest, formats: format }, context.io, cliMessages(lang));
    const controller = new AbortController();
    let signalName: keyof typeof SIGNAL_EXIT_CODES = "SIGINT";
    const stops = Object.keys(SIGNAL_EXIT_CODES).map((name) => {
      const stop = () => {
        signalName = name as keyof typeof SIGNAL_EXIT_CODES;
        controller.abort();
      };
      process.once(name, stop);
      return () => process.off(name, stop);
    });
    const messages = watchMessages(lang);
    try {
      await watchProcedures({
        paths,
        out: options.out,
        builder,
        io: context.io,
        messages,
        signal: controller.signal,
      });
    } finally {
      for (const remove of stops) remove();
      await builder.close();
    }
    context.io.stderr(`${messages.stopped}\n`);
    context.setExitCode(SIGNAL_EXIT_CODES[signalName]);
  });
}
