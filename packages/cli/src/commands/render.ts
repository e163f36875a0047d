import type { Language } from "@quytrinh/core";
import { type Command, InvalidArgumentError, Option } from "commander";
import { cliMessages } from "../messages.js";
import { OUTPUT_FORMATS, type OutputFormat, parseFormats } from "../render/output-formats.js";
import type { CommandContext } from "./command-context.js";

interface RenderCommandOptions {
  format: OutputFormat[];
  out: string;
  lang?: Language;
  lanes?: "auto" | "none" | "swimlane" | "group";
  direction: "TD" | "LR";
  scale: number;
  browser?: string;
}

/**
 * Adds `quytrinh render <paths...> --out <dir>`: draw each procedure's flowchart as `.mmd`, `.svg`,
 * `.png` or `.drawio` files. The drawing code (and the browser) is loaded only when it runs.
 */
export function addRenderCommand(program: Command, context: CommandContext): void {
  const { messages } = context;
  const formats = (value: string): OutputFormat[] => {
    const parsed = parseFormats(value);
    if ("unknown" in parsed) {
      throw new InvalidArgumentError(messages.invalidFormat(parsed.unknown, OUTPUT_FORMATS));
    }
    return parsed.formats;
  };
  const scale = (value: string): number => {
    const number = Number(value);
    if (!Number.isFinite(number) || number <= 0 || number > 8) {
      throw new InvalidArgumentError("--scale: 0 < scale ≤ 8");
    }
    return number;
  };
  program
    .command("render")
    .description(messages.renderDescription)
    .argument("<paths...>", messages.pathsArgument)
    .requiredOption("--out <dir>", messages.outOption)
    .addOption(
      new Option("--format <formats>", messages.formatOption)
        .argParser(formats)
        .default(["mmd"], "mmd"),
    )
    .addOption(
      new Option("--lanes <mode>", messages.lanesOption).choices([
        "auto",
        "none",
        "swimlane",
        "group",
      ]),
    )
    .addOption(
      new Option("--direction <direction>", messages.directionOption)
        .choices(["TD", "LR"])
        .default("TD"),
    )
    .addOption(new Option("--scale <number>", messages.scaleOption).argParser(scale).default(2))
    .option("--browser <path>", messages.browserOption)
    .addOption(new Option("--lang <lang>", messages.langOption).choices(["vi", "en"]))
    .action(async (paths: string[], options: RenderCommandOptions) => {
      const runMessages = cliMessages(options.lang ?? context.lang);
      const { renderInputs } = await import("../render/render-inputs.js");
      const code = await renderInputs(
        paths,
        {
          formats: options.format,
          out: options.out,
          direction: options.direction,
          scale: options.scale,
          ...(options.lang === undefined ? {} : { lang: options.lang }),
          ...(options.lanes === undefined ? {} : { lanes: options.lanes }),
          ...(options.browser === undefined ? {} : { browser: options.browser }),
        },
        context.io,
        runMessages,
      );
      context.setExitCode(code);
    });
}
