/** Where the CLI writes and how: injected so tests run commands in-process without spawning. */
export interface CliIo {
  /** Writes text (already ending in a newline) to standard output. */
  stdout: (text: string) => void;
  /** Writes text (already ending in a newline) to standard error. */
  stderr: (text: string) => void;
  /** Whether to colour the output (a TTY without `NO_COLOR`). */
  color: boolean;
  /** Whether standard error is a terminal, so progress can redraw one line. Default `false`. */
  interactive?: boolean;
  /** The directory relative paths are resolved against. */
  cwd: string;
}
