/**
 * Appends items one by one: `target.push(...items)` and `Math.max(...items)` pass every item as
 * an argument and overflow the stack for the hundreds of thousands of nodes of a large file.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** The largest of `first` and the values, without spreading them as arguments. */
export function largest(first: number, values: Iterable<number>): number {
  let result = first;
  for (const value of values) if (value > result) result = value;
  return result;
}

/** The smallest of `first` and the values, without spreading them as arguments. */
export function smallest(first: number, values: Iterable<number>): number {
  let result = first;
  for (const value of values) if (value < result) result = value;
  return result;
}
