import type { Diagnostic } from "@quytrinh/core";
import { packDocx, toDocx } from "@quytrinh/docx";
import { toMarkdown } from "@quytrinh/markdown";
import type { Renderer } from "@quytrinh/mermaid";
import type { Exercise } from "../exercise.js";
import { EXERCISE_FORMATS, type ExerciseFormat } from "../exercise-formats.js";
import { EXERCISE_SOURCE } from "../exercise-problems.js";
import { exerciseMessages } from "../messages/exercise-messages.js";
import { answerKeyDocument } from "./answer-key-docx.js";
import { exerciseDrawio } from "./exercise-drawio.js";
import { exerciseJson } from "./exercise-json.js";
import { exerciseMermaid } from "./exercise-mermaid.js";
import { KIND_HANDLERS } from "./handlers/kind-handlers.js";
import { handoutDocument } from "./handout-docx.js";

/** One file of an exercise set: its name (no folder) and its contents. */
export interface ExerciseFile {
  name: string;
  data: string | Uint8Array;
}

/** Options of `writeExercise`. */
export interface WriteExerciseOptions {
  /**
   * Which files to make. Default `["docx", "drawio", "md"]`; `md` is the defective procedure and
   * only "errors" has one; `svg` and `png` need `renderer`.
   */
  formats?: readonly ExerciseFormat[];
  /** Start of every file name. Default `<kind>-<seed>`, e.g. `blanks-1`. */
  name?: string;
  /** The browser renderer of `@quytrinh/mermaid` (`createRenderer`), for `svg` and `png`. */
  renderer?: Renderer;
  /** Pixel density of the PNG. Default 2. */
  scale?: number;
}

/** The files made, and the problems that stopped some (a flowchart too large to draw, a failed render). */
export interface WrittenExercise {
  files: ExerciseFile[];
  diagnostics: Diagnostic[];
}

/**
 * Makes the files of an exercise set in memory, with no file system: the handout and answer key
 * (`docx`; plus the defective procedure for "errors", in Word and in Markdown), the `.drawio` file,
 * the flowchart images and the JSON. File names: `<name>-bai-tap.docx`, `<name>-dap-an.docx`,
 * `<name>-quy-trinh.docx`, `<name>-quy-trinh.md`, `<name>.drawio`, `<name>.svg`, `<name>.png`,
 * `<name>.json` (English words with `lang: "en"`).
 * Throws a `TypeError` when images are asked for without a renderer.
 */
export async function writeExercise(
  exercise: Exercise,
  options: WriteExerciseOptions = {},
): Promise<WrittenExercise> {
  const formats = new Set(options.formats ?? ["docx", "drawio", "md"]);
  if ((formats.has("svg") || formats.has("png")) && !options.renderer) {
    throw new TypeError("writeExercise: `svg` and `png` need `renderer` (see createRenderer)");
  }
  const messages = exerciseMessages(exercise.lang);
  const name = options.name ?? `${exercise.kind}-${exercise.seed}`;
  const files: ExerciseFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const format of EXERCISE_FORMATS.filter((candidate) => formats.has(candidate))) {
    if (format === "docx") {
      const procedureFile = `${name}-${messages.fileProcedure}.docx`;
      files.push({
        name: `${name}-${messages.fileHandout}.docx`,
        data: await packDocx(handoutDocument(exercise, { procedureFile })),
      });
      if (KIND_HANDLERS[exercise.kind].procedureFile) {
        const document = toDocx(exercise.procedure);
        files.push({ name: procedureFile, data: await packDocx(document) });
      }
      files.push({
        name: `${name}-${messages.fileAnswerKey}.docx`,
        data: await packDocx(answerKeyDocument(exercise)),
      });
    } else if (format === "md") {
      if (KIND_HANDLERS[exercise.kind].procedureFile) {
        const text = toMarkdown(exercise.procedure);
        files.push({ name: `${name}-${messages.fileProcedure}.md`, data: text });
      }
    } else if (format === "drawio") {
      files.push({ name: `${name}.drawio`, data: exerciseDrawio(exercise) });
    } else if (format === "json") {
      files.push({ name: `${name}.json`, data: exerciseJson(exercise) });
    } else if (options.renderer) {
      const mermaid = exerciseMermaid(exercise);
      const errors = mermaid.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
      if (errors.length > 0 || mermaid.text === "") {
        diagnostics.push(...errors);
        continue;
      }
      const rendered = await options.renderer.render(mermaid.text, {
        format,
        scale: options.scale ?? 2,
        ...(mermaid.fallback === undefined ? {} : { fallback: mermaid.fallback }),
      });
      if (rendered.ok) files.push({ name: `${name}.${format}`, data: rendered.data });
      else {
        diagnostics.push({
          ruleId: "exercise-render-failed",
          source: EXERCISE_SOURCE,
          severity: "error",
          reason: `${format.toUpperCase()}: ${rendered.error}`,
        });
      }
    }
  }
  return { files, diagnostics };
}
