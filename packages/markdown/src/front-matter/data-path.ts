/** A dotted path as keys, with array indexes as numbers. */
export function pathKeys(path: string): (string | number)[] {
  return path.split(".").map((key) => (/^\d+$/u.test(key) ? Number(key) : key));
}

/** The value at a path of plain data, or `undefined`. */
export function getPath(data: unknown, keys: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of keys) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Sets the value at a path of plain data whose parent exists. */
export function setPath(data: unknown, keys: readonly PropertyKey[], value: unknown): void {
  const parent = getPath(data, keys.slice(0, -1));
  const last = keys[keys.length - 1];
  if (parent !== null && typeof parent === "object" && last !== undefined) {
    (parent as Record<PropertyKey, unknown>)[last] = value;
  }
}

/** Removes the value at a path: an array element is spliced out, an object key deleted. */
export function deletePath(data: unknown, keys: readonly PropertyKey[]): void {
  const parent = getPath(data, keys.slice(0, -1));
  const last = keys[keys.length - 1];
  if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
  else if (parent !== null && typeof parent === "object" && last !== undefined) {
    delete (parent as Record<PropertyKey, unknown>)[last];
  }
}
