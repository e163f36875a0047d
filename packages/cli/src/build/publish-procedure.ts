import { type Diagnostic, type Procedure, validate } from "@quytrinh/core";
import { packDocx, toDocx } from "@quytrinh/docx";
import { fromMarkdown, toMarkdown } from "@quytrinh/markdown";
import { toMermaid } from "@quytrinh/mermaid";
import { cliDiagnostic } from "../check/cli-diagnostic.js";
import { sourceText } from "../files/read-source.js";
import { cliMessages } from "../messages.js";
import { sortByPlace } from "../report/sort-by-place.js";
import { withAgencyDefaults } from "./agency-defaults.js";
import type { BuildFormat } from "./build-formats.js";
import type { PublishResult, PublishTask } from "./publish-task.js";

/**
 * Builds one procedure's text outputs from its bytes: decode, parse, validate, then the Word
 * document (`toDocx` + `packDocx`), the Mermaid text, the model as JSON and the canonical Markdown.
 * A file that cannot be decoded or parsed without errors is `stopped`: reported, nothing made.
 */
export async function publishProcedure(task: PublishTask): Promise<PublishResult> {
  const messages = cliMessages(task.messagesLang);
  const source = sourceText(task.bytes, messages);
  if ("diagnostic" in source) return stopped([source.diagnostic]);
  const parsed = fromMarkdown(source.text, { lang: task.lang, file: task.file });
  if (parsed.diagnostics.some((diagnostic) => diagnostic.severity === "error")) {
    const stop = cliDiagnostic({ ruleId: "build-skipped", reason: messages.buildParseFailed });
    return stopped([...sortByPlace(parsed.diagnostics), stop]);
  }
  const procedure = task.agency
    ? withAgencyDefaults(parsed.procedure, task.agency)
    : parsed.procedure;
  const diagnostics = [...parsed.diagnostics];
  if (task.validate) diagnostics.push(...validate(procedure, task.validate));
  const result: PublishResult = { outputs: [], diagnostics: [], stopped: false };
  if (task.mermaid || task.formats.includes("mmd")) {
    const drawn = toMermaid(procedure, {
      lang: task.lang,
      lanes: task.lanes,
      direction: task.direction,
    });
    diagnostics.push(...drawn.diagnostics);
    if (drawn.text !== "") result.mermaid = drawn.text;
    if (task.mermaid && drawn.fallback) result.mermaidFallback = drawn.fallback;
  }
  for (const format of task.formats) {
    const data = await formatData(format, procedure, task, result.mermaid);
    if (data !== undefined) result.outputs.push({ format, data });
  }
  if (!task.mermaid) delete result.mermaid;
  result.diagnostics = sortByPlace(diagnostics);
  return result;
}

async function formatData(
  format: BuildFormat,
  procedure: Procedure,
  task: PublishTask,
  mermaid: string | undefined,
): Promise<string | Uint8Array | undefined> {
  switch (format) {
    case "docx": {
      if (task.flowchart === "image" && task.image === undefined) return undefined;
      const document = toDocx(procedure, {
        lang: task.lang,
        flowchart: task.flowchart,
        ...(task.image === undefined ? {} : { image: task.image }),
        ...(task.hoursPerDay === undefined ? {} : { hoursPerDay: task.hoursPerDay }),
      });
      return packDocx(document);
    }
    case "mmd":
      return mermaid;
    case "json":
      return `${JSON.stringify(procedure, null, 2)}\n`;
    case "md":
      return toMarkdown(procedure, { lang: task.lang });
    default:
      return undefined;
  }
}

function stopped(diagnostics: Diagnostic[]): PublishResult {
  return { outputs: [], diagnostics, stopped: true };
}
