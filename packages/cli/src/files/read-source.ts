import { readFile } from "node:fs/promises";
import type { Diagnostic } from "@quytrinh/core";
import { cliDiagnostic } from "../check/cli-diagnostic.js";
import type { CliMessages } from "../messages.js";
import { decodeUtf8 } from "./decode-utf8.js";
import { errorCode } from "./error-code.js";

/** A file's text, or the diagnostic saying why there is none to parse. */
export type SourceResult = { text: string } | { diagnostic: Diagnostic };

/**
 * Reads one procedure file: strict UTF-8, not empty. A missing or unreadable file, a wrong
 * encoding or an empty file becomes a diagnostic, never an exception.
 */
export async function readSource(
  path: string,
  shownPath: string,
  messages: CliMessages,
): Promise<SourceResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { diagnostic: unreadableDiagnostic(shownPath, error, messages) };
  }
  return sourceText(bytes, messages);
}

/**
 * The text of a procedure file's bytes: strict UTF-8 and not empty; otherwise the
 * diagnostic saying why (wrong encoding, empty file).
 */
export function sourceText(bytes: Uint8Array, messages: CliMessages): SourceResult {
  const decoded = decodeUtf8(bytes, messages);
  if ("diagnostic" in decoded) return decoded;
  if (decoded.text.trim() === "") {
    const diagnostic = cliDiagnostic({
      ruleId: "file-empty",
      reason: messages.fileEmpty,
      note: messages.fileEmptyNote,
    });
    return { diagnostic };
  }
  return decoded;
}

/** The diagnostic for a path that does not exist or cannot be read. */
export function unreadableDiagnostic(
  shownPath: string,
  error: unknown,
  messages: CliMessages,
): Diagnostic {
  const code = errorCode(error);
  if (code === "ENOENT") {
    return cliDiagnostic({ ruleId: "file-not-found", reason: messages.fileNotFound(shownPath) });
  }
  return cliDiagnostic({
    ruleId: "file-unreadable",
    reason: messages.fileUnreadable(shownPath, code),
  });
}
