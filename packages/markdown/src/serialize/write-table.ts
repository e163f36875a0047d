import { largest } from "../append-all.js";
import { escapeCell } from "./escape-markdown.js";

/** A GFM table with aligned columns, as the canonical format writes it. */
export function writeTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const width = largest(
    Math.max(1, header.length),
    rows.map((row) => row.length),
  );
  const cells = [header, ...rows].map((row) =>
    Array.from({ length: width }, (_, index) => escapeCell(row[index] ?? "")),
  );
  const widths = Array.from({ length: width }, (_, index) =>
    largest(
      3,
      cells.map((row) => [...(row[index] ?? "")].length),
    ),
  );
  const line = (row: readonly string[]): string =>
    `| ${row.map((cell, index) => cell + " ".repeat((widths[index] ?? 3) - [...cell].length)).join(" | ")} |`;
  const [head = [], ...body] = cells;
  const rule = `| ${widths.map((size) => "-".repeat(size)).join(" | ")} |`;
  return [line(head), rule, ...body.map(line)].join("\n");
}
