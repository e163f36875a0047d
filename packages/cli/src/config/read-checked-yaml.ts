import type { Diagnostic, Language, Place } from "@quytrinh/core";
import { type Document, isMap, isNode, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { cliDiagnostic } from "../check/cli-diagnostic.js";
import type { CliMessages } from "../messages.js";

/** A YAML or JSON file read against a schema: its value, or positioned diagnostics on the file. */
export type CheckedYaml<T> = { value: T } | { diagnostics: Diagnostic[] };

/** What the file is, for rule ids and messages: a config file or a legal registry. */
export type CheckedFileKind = "config" | "registry";

/**
 * Parses YAML (JSON is YAML too) and checks it against `schema`. A syntax error or a value the
 * schema rejects becomes an `error` diagnostic pointing at the line and column, never an exception.
 */
export function readCheckedYaml<T>(
  text: string,
  schema: z.ZodType<T>,
  kind: CheckedFileKind,
  lang: Language,
  messages: CliMessages,
): CheckedYaml<T> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const placeOf = (start: number, end: number): Place => ({
    start: toPoint(lineCounter, start),
    end: toPoint(lineCounter, Math.max(start, end)),
  });
  if (document.errors.length > 0) {
    return {
      diagnostics: document.errors.map((error) =>
        cliDiagnostic({
          ruleId: `${kind}-syntax`,
          reason: messages.fileSyntax(kind, error.message),
          place: placeOf(error.pos[0], error.pos[1]),
        }),
      ),
    };
  }
  const locale = lang === "en" ? z.locales.en() : z.locales.vi();
  const parsed = schema.safeParse(document.toJS() ?? {}, { error: locale.localeError });
  if (parsed.success) return { value: parsed.data };
  return {
    diagnostics: parsed.error.issues.map((issue) => {
      const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
      const range = issueRange(document, path, keys[0]);
      const field = [...path, ...keys.slice(0, 1)].join(".");
      return cliDiagnostic({
        ruleId: `${kind}-invalid`,
        reason: messages.fileInvalid(kind, field, issue.message),
        place: range ? placeOf(range[0], range[1]) : undefined,
      });
    }),
  };
}

/** The source range of the deepest node on `path` (or of the key `extraKey` inside it). */
function issueRange(
  document: Document,
  path: (string | number)[],
  extraKey: string | undefined,
): [number, number] | undefined {
  let node: unknown = document.contents;
  for (let depth = path.length; depth >= 0; depth--) {
    node = document.getIn(path.slice(0, depth), true);
    if (isNode(node)) break;
  }
  if (extraKey !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isNode(item.key) && item.key.toJSON() === extraKey);
    if (pair && isNode(pair.key) && pair.key.range) return [pair.key.range[0], pair.key.range[1]];
  }
  if (!isNode(node) || !node.range) return undefined;
  return [node.range[0], node.range[1]];
}

function toPoint(lineCounter: LineCounter, offset: number) {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
