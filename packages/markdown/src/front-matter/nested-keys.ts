const SIGNATORY = new Set(["name", "position", "date"]);

/** Keys each known nested object of the front matter accepts, by dotted path of its parent. */
const KNOWN_CHILDREN: readonly (readonly [RegExp, ReadonlySet<string>])[] = [
  [/^(?:preparedBy|reviewedBy|approvedBy)$/u, SIGNATORY],
  [/^revisions\.\d+$/u, new Set(["date", "section", "description", "issue"])],
  [/^distribution\.\d+$/u, new Set(["recipient", "copies", "medium"])],
  [/^decision$/u, new Set(["number", "date", "issuer"])],
];

/**
 * Moves keys the format does not know out of known nested objects (`preparedBy.phone`) into
 * `extra`, under their dotted path, so the model keeps them instead of dropping them.
 */
export function liftUnknownNestedKeys(
  known: Record<string, unknown>,
  extra: Record<string, unknown>,
): void {
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, `${path}.${index}`);
      });
      return;
    }
    if (value === null || typeof value !== "object") return;
    const allowed = KNOWN_CHILDREN.find(([pattern]) => pattern.test(path))?.[1];
    if (!allowed) return;
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      if (!allowed.has(key)) {
        extra[`${path}.${key}`] = object[key];
        delete object[key];
      }
    }
  };
  for (const key of [
    "preparedBy",
    "reviewedBy",
    "approvedBy",
    "revisions",
    "distribution",
    "decision",
  ]) {
    visit(known[key], key);
  }
}
