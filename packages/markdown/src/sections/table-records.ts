import type { Place } from "@quytrinh/core";
import type { Table } from "mdast";
import { inlineText } from "../source/inline-text.js";
import { placeOf, type ReadContext } from "../source/read-context.js";
import { foldLabel } from "../vocabulary/fold-label.js";

/** One table row read into named fields. */
export interface TableRecord<F extends string> {
  values: Partial<Record<F, string>>;
  place: Place;
}

const NUMBERING = /^(?:stt|tt|so tt|no)$/u;

/**
 * Reads a table's rows into fields: a column goes to the field whose pattern matches its folded
 * header, else to the next unused field in `order`; a numbering column (STT) is skipped.
 * Extra text in columns beyond the fields is appended to the last field.
 */
export function tableRecords<F extends string>(
  table: Table,
  patterns: Readonly<Record<F, RegExp>>,
  order: readonly F[],
  context: ReadContext,
): TableRecord<F>[] {
  const [head, ...rows] = table.children;
  const headers = (head?.children ?? []).map((cell) => foldLabel(inlineText(cell)));
  const fields: (F | "skip" | undefined)[] = headers.map((header) =>
    NUMBERING.test(header) ? "skip" : order.find((field) => patterns[field].test(header)),
  );
  const unused = order.filter((field) => !fields.includes(field));
  for (let index = 0; index < fields.length; index += 1) {
    if (fields[index] === undefined) fields[index] = unused.shift() ?? order[order.length - 1];
  }
  return rows.flatMap((row) => {
    const values: Partial<Record<F, string>> = {};
    row.children.forEach((cell, index) => {
      const field = fields[index] ?? order[order.length - 1];
      const text = inlineText(cell);
      if (!field || field === "skip" || !text) return;
      values[field] = values[field] ? `${values[field]}; ${text}` : text;
    });
    return Object.keys(values).length > 0 ? [{ values, place: placeOf(context, row) }] : [];
  });
}
