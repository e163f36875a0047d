import type { CommanderError } from "commander";
import type { CliMessages } from "./messages.js";

/** Exit code for a command line that cannot be run as written. */
export const USAGE_EXIT_CODE = 2;

/**
 * What to print for a commander parse error: a short hint in the user's language plus where to
 * find help, or nothing when commander already printed help or the version.
 */
export function usageHint(error: CommanderError, messages: CliMessages): string | undefined {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "commander.helpDisplayed":
    case "commander.version":
    case "commander.help":
      return undefined;
    case "commander.missingArgument":
      return messages.missingInput;
    case "commander.unknownOption":
      return messages.unknownOption(quoted);
    case "commander.unknownCommand":
      return messages.unknownCommand(quoted);
    case "commander.invalidArgument":
      return error.message.includes("--lang") ? messages.invalidLanguage : usage(error, messages);
    default:
      return usage(error, messages);
  }
}

function usage(error: CommanderError, messages: CliMessages): string {
  return messages.usageProblem(error.message.replace(/^error: /, ""));
}
