import type { Language, PresetName } from "@quytrinh/core";
import type { LaneMode } from "@quytrinh/mermaid";
import { type Command, InvalidArgumentError, Option } from "commander";
import type { BuildFormat } from "../build/build-formats.js";
import { BUILD_FORMATS, parseBuildFormats } from "../build/build-formats.js";
import { type CliMessages, cliMessages } from "../messages.js";
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
 * The options of `quytrinh build`, which `quytrinh watch` takes too, so the two never drift apart.
 */
export function buildOptions(messages: CliMessages): Option[] {
  const formats = (value: string): BuildFormat[] => {
    const parsed = parseBuildFormats(value);
    if ("unknown" in parsed) {
      throw new InvalidArgumentError(messages.invalidFormat(parsed.unknown, BUILD_FORMATS));
    }
    return parsed.formats;
  };
  return [
    new Option("--out <dir>", messages.outOption).makeOptionMandatory(),
    new Option("--format <formats>", messages.buildFormatOption)
      .argParser(formats)
      .default(["docx"], "docx"),
    new Option("--json", messages.jsonOption),
    new Option("--lang <lang>", messages.langOption).choices(["vi", "en"]),
    new Option("--preset <preset>", messages.presetOption).choices(["recommended", "strict"]),
    new Option("--registry <file>", messages.registryOption),
    new Option("--lanes <mode>", messages.lanesOption).choices([
      "auto",
      "none",
      "swimlane",
      "group",
    ]),
    new Option("--flowchart <mode>", messages.flowchartOption).choices(["native", "image"]),
    new Option("--direction <direction>", messages.directionOption)
      .choices(["TD", "LR"])
      .default("TD"),
    new Option("--scale <number>", messages.scaleOption)
      .argParser(numberIn("--scale", 8, false))
      .default(2),
    new Option("--fail-on <severity>", messages.failOnOption)
      .choices(["error", "warning"])
      .default("error"),
    new Option("--force", messages.forceOption),
    new Option("--jobs <number>", messages.jobsOption).argParser(numberIn("--jobs", 256, true)),
    new Option("--browser <path>", messages.browserOption),
  ];
}

/**
 * Adds `quytrinh build <paths...> --out <dir>`: check and publish every procedure (Word documents
 * by default; also Mermaid, SVG, PNG, JSON and canonical Markdown) on all cores. The pipeline is
 * loaded only when it runs, so `check` stays fast.
 */
export function addBuildCommand(program: Command, context: CommandContext): void {
  const command = program
    .command("build")
    .description(context.messages.buildDescription)
    .argument("<paths...>", context.messages.pathsArgument);
  for (const option of buildOptions(context.messages)) command.addOption(option);
  command.action(async (paths: string[], options: BuildCommandOptions) => {
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
