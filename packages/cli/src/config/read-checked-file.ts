import { readFile } from "node:fs/promises";
import type { Language } from "@quytrinh/core";
import type { z } from "zod";
import { decodeUtf8 } from "../files/decode-utf8.js";
import { errorCode } from "../files/error-code.js";
import { unreadableDiagnostic } from "../files/read-source.js";
import type { CliMessages } from "../messages.js";
import { type CheckedFileKind, type CheckedYaml, readCheckedYaml } from "./read-checked-yaml.js";

/** A checked YAML/JSON file, or `missing` when it does not exist. */
export type CheckedFile<T> = CheckedYaml<T> | { missing: true };

/**
 * Reads a UTF-8 YAML or JSON file and checks it against `schema`. An unreadable or undecodable
 * file becomes a diagnostic like a bad value does; only a missing file is told apart.
 */
export async function readCheckedFile<T>(
  path: string,
  shownPath: string,
  schema: z.ZodType<T>,
  kind: CheckedFileKind,
  lang: Language,
  messages: CliMessages,
): Promise<CheckedFile<T>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return { missing: true };
    return { diagnostics: [unreadableDiagnostic(shownPath, error, messages)] };
  }
  const decoded = decodeUtf8(bytes, messages);
  if ("diagnostic" in decoded) return { diagnostics: [decoded.diagnostic] };
  return readCheckedYaml(decoded.text, schema, kind, lang, messages);
}
