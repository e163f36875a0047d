import {
  type DocumentControl,
  DocumentControlSchema,
  type Place,
  parseVietnameseDate,
} from "@quytrinh/core";
import type { Yaml } from "mdast";
import { parseDocument } from "yaml";
import type { ReadContext } from "../source/read-context.js";
import { placeOf } from "../source/read-context.js";
import { foldLabel } from "../vocabulary/fold-label.js";
import { nearestLabel } from "../vocabulary/nearest-label.js";
import { CONTROL_KEYS, isDatePath, isTextPath } from "./control-fields.js";
import { deletePath, getPath, pathKeys, setPath } from "./data-path.js";
import { liftUnknownNestedKeys } from "./nested-keys.js";
import { readYamlData } from "./yaml-data.js";
import { zodIssueExpected } from "./zod-issue-expected.js";

const FOLDED_KEYS = new Map([...CONTROL_KEYS].map((key) => [foldLabel(key), key]));

/**
 * Reads the YAML front matter into valid document control: YAML errors point inside the YAML,
 * impossible dates and zod issues become diagnostics at their field, and the offending values are
 * left out. Unknown keys go to `extra`. `fallbackTitle` (the H1) is used when there is no `title`.
 */
export function readFrontMatter(
  node: Yaml | undefined,
  fallbackTitle: string | undefined,
  context: ReadContext,
): DocumentControl {
  const fieldPlaces: Record<string, Place> = {};
  let data: Record<string, unknown> = {};
  if (node) {
    data = readYaml(node, fieldPlaces, context);
  } else {
    const start = context.source.point(1, 1);
    context.reporter.report("front-matter-missing", {}, { start, end: start });
  }
  const known: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (CONTROL_KEYS.has(key)) {
      if (value !== null) known[key] = value;
      continue;
    }
    extra[key] = value;
    const near = nearestLabel(foldLabel(key), FOLDED_KEYS.keys());
    const expected = near === undefined ? undefined : FOLDED_KEYS.get(near);
    const place = fieldPlaces[key];
    if (expected && place) {
      context.reporter.report("front-matter-key-unknown", { key, expected }, place, {
        expected,
        actual: key,
      });
    }
  }
  pruneNulls(known);
  liftUnknownNestedKeys(known, extra);
  readDates(known, fieldPlaces, context);
  const control: Record<string, unknown> = {
    ...known,
    code: typeof known.code === "string" ? known.code : "",
    title: typeof known.title === "string" ? known.title : (fallbackTitle ?? ""),
  };
  if (node) control.place = placeOf(context, node);
  if (Object.keys(extra).length > 0) control.extra = extra;
  if (Object.keys(fieldPlaces).length > 0) control.fieldPlaces = fieldPlaces;
  return validate(control, fieldPlaces, context);
}

function readYaml(
  node: Yaml,
  fieldPlaces: Record<string, Place>,
  context: ReadContext,
): Record<string, unknown> {
  const { source, reporter } = context;
  const fenceOffset = node.position?.start.offset ?? 0;
  const start = source.text.indexOf("\n", fenceOffset) + 1;
  const at = (from: number, to: number): Place => ({
    start: source.pointAt(start + from),
    end: source.pointAt(start + to),
  });
  const document = parseDocument(node.value, { prettyErrors: false });
  for (const error of document.errors) {
    const [at0, to] = error.pos;
    // A duplicate key's range may start at the end of the previous line: point at the key.
    let from = at0;
    while (error.code === "DUPLICATE_KEY" && from < to && /\s/u.test(node.value[from] ?? "")) {
      from += 1;
    }
    const detail = error.message.split("\n")[0] ?? error.message;
    reporter.report("yaml-invalid", { code: error.code, detail }, at(from, Math.max(from, to)), {
      actual: detail,
    });
  }
  if (document.contents === null) return {};
  const { value, ranges } = readYamlData(document, node.value, isTextPath);
  for (const [path, [from, to]] of ranges) fieldPlaces[path] = at(from, to);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    reporter.report("front-matter-invalid", {}, placeOf(context, node));
    return {};
  }
  return value as Record<string, unknown>;
}

/** Dates as officials write them become ISO; impossible ones are reported and left out. */
function readDates(
  known: Record<string, unknown>,
  fieldPlaces: Record<string, Place>,
  context: ReadContext,
): void {
  for (const path of Object.keys(fieldPlaces)) {
    if (!isDatePath(path)) continue;
    const keys = pathKeys(path);
    const value = getPath(known, keys);
    if (value === undefined) continue;
    if (value === null || value === "") {
      deletePath(known, keys);
      continue;
    }
    const iso = typeof value === "string" ? parseVietnameseDate(value) : undefined;
    if (iso !== undefined) {
      setPath(known, keys, iso);
      continue;
    }
    const place = fieldPlaces[path];
    const shown = typeof value === "string" ? value : JSON.stringify(value);
    if (place) {
      context.reporter.report("date-invalid", { field: path, value: shown }, place, {
        expected: "YYYY-MM-DD",
        actual: shown,
      });
    }
    deletePath(known, keys);
  }
}

/** Parses with the schema; each issue becomes a diagnostic and its value is left out. */
function validate(
  control: Record<string, unknown>,
  fieldPlaces: Record<string, Place>,
  context: ReadContext,
): DocumentControl {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const result = DocumentControlSchema.safeParse(control);
    if (result.success) return result.data;
    for (const issue of [...result.error.issues].reverse()) {
      const keys = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
      const missing = issue.code === "invalid_type" && getPath(control, keys) === undefined;
      const dropped = missing && keys.length > 1 ? keys.slice(0, -1) : keys;
      const field = keys.join(".");
      context.reporter.report(
        "front-matter-field-invalid",
        { field, expected: zodIssueExpected(issue) },
        placeFor(dropped, fieldPlaces, context),
        { expected: zodIssueExpected(issue) },
      );
      if (dropped.length === 0) return fallbackControl(control);
      deletePath(control, dropped);
    }
  }
  return fallbackControl(control);
}

function placeFor(
  keys: readonly PropertyKey[],
  fieldPlaces: Record<string, Place>,
  context: ReadContext,
): Place {
  for (let length = keys.length; length > 0; length -= 1) {
    const place = fieldPlaces[keys.slice(0, length).map(String).join(".")];
    if (place) return place;
  }
  const start = context.source.point(1, 1);
  return { start, end: start };
}

function fallbackControl(control: Record<string, unknown>): DocumentControl {
  return DocumentControlSchema.parse({
    code: typeof control.code === "string" ? control.code : "",
    title: typeof control.title === "string" ? control.title : "",
  });
}

/** Removes empty (`null`) values the author left blank inside known fields. */
function pruneNulls(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) pruneNulls(item);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (object[key] === null) delete object[key];
    else pruneNulls(object[key]);
  }
}
