import type { Diagnostic, Language } from "@quytrinh/core";
import { toDrawio } from "@quytrinh/drawio";
import { fromMarkdown } from "@quytrinh/markdown";
import { type LaneMode, type Renderer, toMermaid } from "@quytrinh/mermaid";
import { cliDiagnostic } from "../check/cli-diagnostic.js";
import { readSource } from "../files/read-source.js";
import type { CliMessages } from "../messages.js";
import type { OutputFormat } from "./output-formats.js";
import { writeAtomic } from "./write-atomic.js";

/** How to draw one procedure. */
export interface DrawOptions {
  lang: Language;
  lanes: LaneMode;
  direction: "TD" | "LR";
  scale: number;
  messages: CliMessages;
  /** The browser renderer, present when an SVG or PNG is asked for. */
  renderer?: Renderer;
}

/** What became of one input: the files written and the problems that stopped the others. */
export interface DrawResult {
  written: string[];
  /** Errors only: a file is either drawn or reported, warnings are for `quytrinh check`. */
  diagnostics: Diagnostic[];
}

/**
 * Reads, parses and draws one procedure in every asked format, writing each output atomically.
 * A parse error, a flowchart Mermaid cannot draw or a failed image stops only that output.
 */
export async function drawFile(
  input: { path: string; shownPath: string },
  outputs: ReadonlyMap<OutputFormat, string>,
  options: DrawOptions,
): Promise<DrawResult> {
  const source = await readSource(input.path, input.shownPath, options.messages);
  if ("diagnostic" in source) return { written: [], diagnostics: [source.diagnostic] };
  const parsed = fromMarkdown(source.text, { lang: options.lang, file: input.shownPath });
  const parseErrors = parsed.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (parseErrors.length > 0) {
    const stop = cliDiagnostic({ ruleId: "render-skipped", reason: options.messages.parseFailed });
    return { written: [], diagnostics: [...parseErrors, stop] };
  }
  const { procedure } = parsed;
  const written: string[] = [];
  const diagnostics: Diagnostic[] = [];
  let mermaid: string | undefined;
  // Group lanes to draw instead if Mermaid routes a swimlane arrow along the lane titles; once a
  // picture needed them, every output (the .mmd too) is that chart, so files and pictures agree.
  let fallback: string | undefined;
  const mermaidText = () => {
    if (mermaid === undefined) {
      const drawn = toMermaid(procedure, {
        lang: options.lang,
        lanes: options.lanes,
        direction: options.direction,
      });
      mermaid = drawn.text;
      fallback = drawn.fallback;
      diagnostics.push(...drawn.diagnostics.filter((d) => d.severity === "error"));
    }
    return mermaid;
  };
  // The Mermaid text goes last, once the pictures have shown which chart they drew.
  const ordered = [...outputs].sort(([a], [b]) => Number(a === "mmd") - Number(b === "mmd"));
  for (const [format, path] of ordered) {
    let data: string | Uint8Array | undefined;
    if (format === "drawio") {
      data = toDrawio(procedure, {
        lang: options.lang,
        lanes: options.lanes !== "none",
        direction: options.direction,
      });
    } else if (mermaidText() === "") {
      continue;
    } else if (format === "mmd") {
      data = mermaidText();
    } else if (options.renderer) {
      const rendered = await options.renderer.render(mermaidText(), {
        format,
        scale: options.scale,
        ...(fallback === undefined ? {} : { fallback }),
      });
      if (rendered.ok && rendered.usedFallback) [mermaid, fallback] = [fallback, undefined];
      if (rendered.ok) data = rendered.data;
      else {
        const reason = options.messages.renderFailed(format, rendered.error);
        diagnostics.push(cliDiagnostic({ ruleId: "render-failed", reason }));
      }
    }
    if (data === undefined) continue;
    await writeAtomic(path, data);
    written.push(path);
  }
  return { written, diagnostics };
}
