import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Procedure, ProcedureSchema, type StepKind } from "@quytrinh/core";
import { fromMarkdown } from "@quytrinh/markdown";

const folder = fileURLToPath(new URL("../../../../examples/", import.meta.url));

/** Every procedure in `examples/`, parsed, by file name without `.md`. */
export const EXAMPLES: { name: string; procedure: Procedure }[] = readdirSync(folder)
  .filter((file) => file.endsWith(".md"))
  .sort()
  .map((file) => ({
    name: file.replace(/\.md$/, ""),
    procedure: fromMarkdown(readFileSync(join(folder, file), "utf8"), { file }).procedure,
  }));

/** The birth-registration example, the trainers' usual sample. */
export const KHAI_SINH = EXAMPLES.find((example) => example.name === "dang-ky-khai-sinh")
  ?.procedure as Procedure;

/** A small procedure built in code: steps `[id, kind, action, actor]`, flowing in order. */
export function procedureOf(steps: readonly [string, StepKind, string, string?][]): Procedure {
  return ProcedureSchema.parse({
    control: { code: "QT-T", title: "Thử nghiệm" },
    steps: steps.map(([id, kind, action, actor]) => ({
      id,
      kind,
      action,
      actors: actor === undefined ? [] : [actor],
    })),
  });
}
