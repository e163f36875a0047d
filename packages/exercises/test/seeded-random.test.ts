import { describe, expect, test } from "vitest";
import { seededRandom } from "../src/seeded-random.js";

const draws = (seed: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: 8 }, () => random.next());
};

describe("seededRandom", () => {
  test("the same seed gives the same sequence", () => {
    expect(draws(7)).toEqual(draws(7));
  });

  test("nearby and large seeds give different sequences", () => {
    const seeds = [0, 1, 2, -1, 2 ** 40, 2 ** 40 + 1, Number.MAX_SAFE_INTEGER];
    const firsts = new Set(seeds.map((seed) => draws(seed).join()));
    expect(firsts.size).toBe(seeds.length);
  });

  test("numbers stay in [0, 1)", () => {
    const random = seededRandom(123);
    for (let index = 0; index < 10_000; index++) {
      const value = random.next();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });

  test("shuffle returns a permutation and leaves its input alone", () => {
    const items = ["a", "b", "c", "d", "e", "f"];
    const shuffled = seededRandom(3).shuffle(items);
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  test("shuffles reach every order of three items", () => {
    const orders = new Set(
      Array.from({ length: 60 }, (_, seed) => seededRandom(seed).shuffle([1, 2, 3]).join("")),
    );
    expect(orders.size).toBe(6);
  });

  test("sample takes distinct items and never more than there are", () => {
    const random = seededRandom(9);
    const picked = random.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(picked).size).toBe(3);
    expect(random.sample([1, 2], 5)).toHaveLength(2);
  });

  test("a seed that is not a safe integer is a programmer error", () => {
    expect(() => seededRandom(1.5)).toThrow(TypeError);
    expect(() => seededRandom(Number.NaN)).toThrow(TypeError);
  });
});
