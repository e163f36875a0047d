import { basename, extname, isAbsolute, join, relative, sep } from "node:path";
import type { Diagnostic } from "@quytrinh/core";
import { cliDiagnostic } from "../check/cli-diagnostic.js";
import type { CliMessages } from "../messages.js";

/** Where one input's outputs go, one path per format, or why they cannot be written. */
export type PlannedOutputs<Format extends string = string> =
  | { paths: Map<Format, string> }
  | { problem: Diagnostic };

/** Plans output paths for a batch, so no two inputs write the same file. */
export type OutputPlanner<Format extends string = string> = (
  input: string,
  shownPath: string,
) => PlannedOutputs<Format>;

/**
 * A planner naming each output after its input file's base name (`khai-sinh.md` →
 * `<out>/khai-sinh.svg`), never after a title or a code. An output that would leave `out`,
 * overwrite an input or clash with another input's output is refused with a diagnostic.
 */
export function createOutputPlanner<Format extends string>(
  out: string,
  formats: readonly Format[],
  inputs: ReadonlySet<string>,
  messages: CliMessages,
): OutputPlanner<Format> {
  const owners = new Map<string, string>();
  return (input, shownPath) => {
    const base = basename(input, extname(input));
    const paths = new Map<Format, string>();
    for (const format of formats) {
      const path = join(out, `${base}.${format}`);
      const inside = relative(out, path);
      const shown = join(basename(out), `${base}.${format}`);
      // Defensive: a base name has no separator, so this holds unless the naming rule changes.
      const escapes = inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside);
      if (inside === "" || escapes || inside.includes(sep)) {
        return { problem: outputProblem(messages.outputOutside(shown)) };
      }
      if (inputs.has(path)) {
        return { problem: outputProblem(messages.outputOverwritesInput(shown)) };
      }
      const owner = owners.get(path);
      if (owner !== undefined) {
        return { problem: outputProblem(messages.outputConflict(shown, owner)) };
      }
      paths.set(format, path);
    }
    for (const path of paths.values()) owners.set(path, shownPath);
    return { paths };
  };
}

function outputProblem(reason: string): Diagnostic {
  return cliDiagnostic({ ruleId: "output-path-invalid", reason });
}
