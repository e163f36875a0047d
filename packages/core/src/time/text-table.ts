/** Lays rows of cells out as plain-text columns, two spaces apart, the last column unpadded. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, [...cell].length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, index) =>
          index === row.length - 1
            ? cell
            : cell + " ".repeat((widths[index] ?? 0) - [...cell].length),
        )
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
