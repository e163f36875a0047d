import type { SeededRandom } from "./seeded-random.js";

/**
 * A shuffle of `items` that is never their original order when there are two or more (a handout
 * whose cards are already in order teaches nothing): reshuffles a few times, then rotates by one.
 */
export function shuffledAway<T>(random: SeededRandom, items: readonly T[]): T[] {
  const same = (order: readonly T[]) => order.every((item, index) => item === items[index]);
  for (let attempt = 0; attempt < 8; attempt++) {
    const order = random.shuffle(items);
    if (items.length < 2 || !same(order)) return order;
  }
  return [...items.slice(1), ...items.slice(0, 1)];
}
