import type { Diagnostic } from "@quytrinh/core";

/** Diagnostics in reading order: those without a place first, then by line and column. */
export function sortByPlace(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const line = (diagnostic: Diagnostic) => diagnostic.place?.start.line ?? 0;
  const column = (diagnostic: Diagnostic) => diagnostic.place?.start.column ?? 0;
  return [...diagnostics].sort((a, b) => line(a) - line(b) || column(a) - column(b));
}
