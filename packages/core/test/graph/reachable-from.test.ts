import { describe, expect, test } from "vitest";
import { reachableFrom } from "../../src/graph/reachable-from.js";
import { longFlow, stepsOf } from "./steps-of.js";

describe("reachableFrom", () => {
  const flow = stepsOf("B1 -> B2", "B2 -> B4, B3", "B3 -> B1", "B4 -> END", "B5 -> B4");

  test("starts from the first step by default and includes END", () => {
    expect([...reachableFrom(flow)].sort()).toEqual(["B1", "B2", "B3", "B4", "END"]);
  });

  test("leaves out a step nothing leads to", () => {
    expect(reachableFrom(flow).has("B5")).toBe(false);
  });

  test("starts from the given id, which it includes", () => {
    expect([...reachableFrom(flow, "B5")].sort()).toEqual(["B4", "B5", "END"]);
  });

  test("stops at a target that is not a step", () => {
    expect([...reachableFrom(stepsOf("B1 -> B7", "B2"))].sort()).toEqual(["B1", "B7"]);
  });

  test("is empty for a procedure without steps", () => {
    expect(reachableFrom({ steps: [] }).size).toBe(0);
  });

  test("reaches every step of a 5,000-step looping flow", () => {
    expect(reachableFrom(longFlow(5000, 1)).size).toBe(5001);
  });
});
