/** A small deterministic random source (mulberry32), so generated benchmarks are repeatable. */
export interface SeededRandom {
  /** A number in [0, 1). */
  next: () => number;
  /** One element of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
}

/** A random source that yields the same sequence for the same seed. */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("pick() needs a non-empty list");
    return item;
  };
  return { next, pick };
}
