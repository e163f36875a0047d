import type { Language, PresetName } from "@quytrinh/core";
import type { LaneMode } from "@quytrinh/mermaid";
import { type Command, InvalidArgumentError, Option } from "commander";
import type { BuildFormat } from "../build/build-formats.js";
import { BUILD_FORMATS, parseBuildFormats } from "../build/build-formats.js";
import { cliMessages } from "../messages.js";
import type { CommandContext } from "./command-context.js";

interface BuildCommandOptions {
  format: BuildFormat[];
  out: string;
  json?: boolean;
  lang?: Language;
  preset?: PresetName;
  registry?: string;
  lanes?: LaneMode;
  flowchart?: "native" | "image";
  direction: "TD" | "LR";
  scale: number;
  failOn: "error" | "warning";
  force?: boolean;
  jobs?: number;
  browser?: string;
}

/** A commander parser for a number in `(0, max]`, integer when asked. */
function numberIn(name: string, max: number, integer: boolean) {
  return (value: string): number => {
    const number = Number(value);
    if (
      !Number.isFinite(number) ||
      number <= 0 ||
      number > max ||
      (integer && !Number.isInteger(number))
    ) {
      throw new InvalidArgumentError(`${name}: 0 < ${name.slice(2)} ≤ ${max}`);
    }
    return number;
  };
}

/**
 * Adds `quytrinh build <paths...> --out <dir>`: check and publish every procedure (Word documents
 * by default; also Mermaid, SVG, PNG, JSON and canonical Markdown) on all cores. The pipeline is
 * loaded only when it runs, so `check` stays fast.
 */
export function addBuildCommand(program: Command, context: CommandContext): void {
  const { messages } = context;
  const formats = (value: string): BuildFormat[] => {
    const parsed = parseBuildFormats(value);
    if ("unknown" in parsed) {
      throw new InvalidArgumentError(messages.invalidFormat(parsed.unknown, BUILD_FORMATS));
    }
    return parsed.formats;
  };
  program
    .command("build")
    .description(messages.buildDescription)
    .argument("<paths...>", messages.pathsArgument)
    .requiredOption("--out <dir>", messages.outOption)
    .addOption(
      new Option("--format <formats>", messages.buildFormatOption)
        .argParser(formats)
        .default(["docx"], "docx"),
    )
    .option("--json", messages.jsonOption)
    .addOption(new Option("--lang <lang>", messages.langOption).choices(["vi", "en"]))
    .addOption(
      new Option("--preset <preset>", messages.presetOption).choices(["recommended", "strict"]),
    )
    .option("--registry <file>", messages.registryOption)
    .addOption(
      new Option("--lanes <mode>", messages.lanesOption).choices([
        "auto",
        "none",
        "swimlane",
        "group",
      ]),
    )
    .addOption(
      new Option("--flowchart <mode>", messages.flowchartOption).choices(["native", "image"]),
    )
    .addOption(
      new Option("--direction <direction>", messages.directionOption)
        .choices(["TD", "LR"])
        .default("TD"),
    )
    .addOption(
      new Option("--scale <number>", messages.scaleOption)
        .argParser(numberIn("--scale", 8, false))
        .default(2),
    )
    .addOption(
      new Option("--fail-on <severity>", messages.failOnOption)
        .choices(["error", "warning"])
        .default("error"),
    )
    .option("--force", messages.forceOption)
    .addOption(
      new Option("--jobs <number>", messages.jobsOption).argParser(numberIn("--jobs", 256, true)),
    )
    .option("--browser <path>", messages.browserOption)
    .action(async (paths: string[], options: BuildCommandOptions) => {
      const runMessages = cliMessages(options.lang ?? context.lang);
      const { createBuilder } = await import("../build/create-builder.js");
      const { format, ...rest } = options;
      const builder = createBuilder({ ...rest, formats: format }, context.io, runMessages);
      try {
        const report = await builder.build(paths);
        context.setExitCode(report.exitCode);
      } finally {
        await builder.close();
      }
    });
}
