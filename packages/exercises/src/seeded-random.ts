/** A deterministic source of random choices: the same seed always gives the same sequence. */
export interface SeededRandom {
  /** The next number in [0, 1). */
  next(): number;
  /** A whole number in [0, `size`). */
  below(size: number): number;
  /** A shuffled copy of `items` (Fisher–Yates); the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct items of `items`, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** Spreads any safe integer seed over 32 bits, so nearby seeds start far apart. */
function mixSeed(seed: number): number {
  const low = ((seed % 2 ** 32) + 2 ** 32) % 2 ** 32;
  const high = Math.floor(seed / 2 ** 32);
  let state = (low ^ Math.imul(high, 0x9e3779b1)) >>> 0;
  state = Math.imul(state ^ (state >>> 16), 0x85ebca6b) >>> 0;
  state = Math.imul(state ^ (state >>> 13), 0xc2b2ae35) >>> 0;
  return (state ^ (state >>> 16)) >>> 0;
}

/**
 * A seeded pseudo-random generator (the 32-bit "mulberry" mixing step): small, fast and identical
 * on every platform, which is all an exercise needs; it is not for anything secret.
 * Throws a `TypeError` when `seed` is not a safe integer.
 */
export function seededRandom(seed: number): SeededRandom {
  if (!Number.isSafeInteger(seed)) {
    throw new TypeError(`seededRandom expects a safe integer seed, not ${String(seed)}`);
  }
  let state = mixSeed(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  };
  const below = (size: number) => Math.floor(next() * size);
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index--) {
      const other = below(index + 1);
      const item = copy[index] as T;
      copy[index] = copy[other] as T;
      copy[other] = item;
    }
    return copy;
  };
  const sample = <T>(items: readonly T[], count: number): T[] =>
    shuffle(items).slice(0, Math.max(0, Math.min(count, items.length)));
  return { next, below, shuffle, sample };
}
