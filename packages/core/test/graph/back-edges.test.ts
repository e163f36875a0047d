import { describe, expect, test } from "vitest";
import { backEdges, findCycles } from "../../src/graph/back-edges.js";
import { longFlow, stepsOf } from "./steps-of.js";

describe("backEdges", () => {
  test("finds the arrow of a supplement loop", () => {
    const flow = stepsOf("B1", "B2 -> B4, B3", "B3 -> B1", "B4");
    expect(backEdges(flow)).toEqual([{ from: "B3", to: "B1" }]);
  });

  test("keeps the branch label of a loop", () => {
    const flow = stepsOf("B1", "B2");
    flow.steps[1]?.branches.push({ label: "Chưa đủ", target: "B1" });
    expect(backEdges(flow)).toEqual([{ from: "B2", to: "B1", label: "Chưa đủ" }]);
  });

  test("finds a step that loops to itself", () => {
    expect(backEdges(stepsOf("B1 -> B1, B2", "B2"))).toEqual([{ from: "B1", to: "B1" }]);
  });

  test("does not count an arrow joining two branches as a loop", () => {
    expect(backEdges(stepsOf("B1 -> B2, B3", "B2 -> B4", "B3 -> B4", "B4"))).toEqual([]);
  });

  test("ignores loops among steps the first step never reaches", () => {
    expect(backEdges(stepsOf("B1 -> END", "B2 -> B3", "B3 -> B2"))).toEqual([]);
  });

  test("treats a target that is not a step as a dead end", () => {
    expect(backEdges(stepsOf("B1 -> B7, B1"))).toEqual([{ from: "B1", to: "B1" }]);
  });

  test("walks a 10,000-step flow without overflowing the stack", () => {
    expect(backEdges(longFlow(10_000, 1))).toHaveLength(10_000);
  });
});

describe("findCycles", () => {
  test("lists each loop from where it re-enters to where it leaves", () => {
    const flow = stepsOf("B1", "B2 -> B3, B5", "B3 -> B4, B1", "B4 -> B2", "B5");
    expect(findCycles(flow)).toEqual([
      ["B2", "B3", "B4"],
      ["B1", "B2", "B3"],
    ]);
  });

  test("is empty for a flow without loops", () => {
    expect(findCycles(stepsOf("B1", "B2", "B3"))).toEqual([]);
  });
});
