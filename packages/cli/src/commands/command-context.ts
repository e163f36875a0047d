import type { Language } from "@quytrinh/core";
import type { CliIo } from "../cli-io.js";
import type { CliMessages } from "../messages.js";

/** What every command receives from `run`: the io, the language, and where to put the exit code. */
export interface CommandContext {
  io: CliIo;
  /** The language found on the command line before parsing, for help texts. */
  lang: Language;
  messages: CliMessages;
  setExitCode: (code: number) => void;
}
