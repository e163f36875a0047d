import { stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { type Language, todayInVietnam } from "@quytrinh/core";
import { createConfigFinder } from "../config/find-config.js";
import { errorCode } from "../files/error-code.js";
import type { CliMessages } from "../messages.js";
import { writeAtomic } from "../render/write-atomic.js";
import type { FileReport } from "../report/file-report.js";
import { existingCodes } from "./existing-codes.js";
import { fileSlug } from "./file-slug.js";
import { newMessages } from "./new-messages.js";
import { nextCode } from "./next-code.js";
import { countPlaceholders } from "./placeholder.js";
import { scaffoldMarkdown } from "./scaffold-markdown.js";

/** What `quytrinh new` was asked for. */
export interface NewProcedureRequest {
  title: string;
  /** `--out`: a file, or a folder (existing, or written with a trailing separator). */
  out?: string | undefined;
  /** `--code`; else the config's `codePattern`, else a placeholder. */
  code?: string | undefined;
  /** `--lang`; else the config's `language`, else `vi`. */
  lang?: Language | undefined;
  /** Today, `YYYY-MM-DD`; default the current UTC date, as `validate` uses. */
  today?: string | undefined;
  cwd: string;
}

/** The file `quytrinh new` wrote, or why it wrote nothing (a sentence, or a config report). */
export type NewProcedureResult =
  | { file: string; code: string | undefined; lang: Language; placeholders: number }
  | { problem: string; report?: FileReport };

const isFolder = (path: string) =>
  stat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Where the new file goes: `out` as a file, or `<slug>.md` inside `out` (or `cwd`) as a folder. */
async function targetPath(request: NewProcedureRequest, title: string): Promise<string> {
  const named = `${fileSlug(title)}.md`;
  if (request.out === undefined) return join(request.cwd, named);
  const out = resolve(request.cwd, request.out);
  const folderLike = request.out.endsWith("/") || request.out.endsWith(sep);
  return folderLike || (await isFolder(out)) ? join(out, named) : out;
}

/**
 * Writes a new procedure (`scaffoldMarkdown`) filled from the config governing its folder, with the
 * next free code of the config's `codePattern` among the procedures already there. Never
 * overwrites a file and never creates folders; the write is atomic.
 */
export async function createProcedureFile(
  request: NewProcedureRequest,
  cliMessages: CliMessages,
): Promise<NewProcedureResult> {
  const title = request.title.normalize("NFC").trim();
  const startLang = request.lang ?? "vi";
  const say = newMessages(startLang);
  if (title === "") return { problem: say.titleEmpty };
  const file = await targetPath(request, title);
  const folder = dirname(file);
  const shown = (path: string) => relative(request.cwd, path) || path;
  if (!(await isFolder(folder))) return { problem: say.folderMissing(shown(folder)) };
  if (await exists(file)) return { problem: say.fileExists(shown(file)) };
  const found = await createConfigFinder(startLang, cliMessages)(folder);
  if (found.diagnostics.length > 0 && found.path !== undefined) {
    const report = { file: found.path, diagnostics: found.diagnostics };
    return { problem: say.configInvalid(found.path), report };
  }
  const { config } = found;
  const lang = request.lang ?? config.language ?? "vi";
  const pattern = config.codePattern;
  const code =
    request.code ??
    (pattern === undefined ? undefined : nextCode(pattern, await existingCodes(folder)));
  const today = request.today ?? todayInVietnam();
  const text = scaffoldMarkdown({ title, code, lang, today, config });
  try {
    await writeAtomic(file, text);
  } catch (error) {
    return { problem: newMessages(lang).writeFailed(basename(file), errorCode(error)) };
  }
  return { file, code, lang, placeholders: countPlaceholders(text, lang) };
}
