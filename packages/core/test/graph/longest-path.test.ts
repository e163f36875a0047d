import { describe, expect, test } from "vitest";
import { longestPath } from "../../src/graph/longest-path.js";
import { longFlow, stepsOf } from "./steps-of.js";

describe("longestPath", () => {
  test("follows the slower branch and skips the supplement loop", () => {
    const flow = stepsOf(
      "B1 15 phút",
      "B2 30 phút -> B4, B3",
      "B3 15 phút -> B1",
      "B4 2 giờ",
      "B5 1 giờ",
      "B6 30 phút -> END",
    );
    expect(longestPath(flow)).toEqual({
      steps: ["B1", "B2", "B4", "B5", "B6"],
      minutes: 255,
      unknown: [],
    });
  });

  test("takes the branch with more time even when it has fewer steps", () => {
    const flow = stepsOf(
      "B1 10 phút -> B2, B4",
      "B2 10 phút",
      "B3 10 phút -> END",
      "B4 1 ngày -> END",
    );
    expect(longestPath(flow)).toEqual({ steps: ["B1", "B4"], minutes: 490, unknown: [] });
  });

  test("counts days with the hoursPerDay option", () => {
    expect(longestPath(stepsOf("B1 1 ngày", "B2 0,5 ngày"), { hoursPerDay: 7 }).minutes).toBe(630);
  });

  test("lists steps on the path whose duration is missing, same-day or unparsed", () => {
    const flow = stepsOf(
      "B0 start",
      "B1 Trong ngày",
      "B2",
      "B3 theo quy định",
      "B4 1 giờ",
      "B9 end",
    );
    expect(longestPath(flow)).toEqual({
      steps: ["B0", "B1", "B2", "B3", "B4", "B9"],
      minutes: 60,
      unknown: ["B1", "B2", "B3"],
    });
  });

  test("ends the path at a target that is not a step and lists it as unknown", () => {
    expect(longestPath(stepsOf("B1 1 giờ -> B7"))).toEqual({
      steps: ["B1", "B7"],
      minutes: 60,
      unknown: ["B7"],
    });
  });

  test("prefers the path with more steps when times are equal", () => {
    const flow = stepsOf("B1 1 giờ -> B2, B3", "B2 end", "B3 0 phút -> B4", "B4 0 phút -> END");
    expect(longestPath(flow).steps).toEqual(["B1", "B3", "B4"]);
  });

  test("is empty for a procedure without steps", () => {
    expect(longestPath({ steps: [] })).toEqual({ steps: [], minutes: 0, unknown: [] });
  });

  test("handles 10,000 looping steps in linear time", () => {
    const flow = longFlow(10_000, 1);
    const started = performance.now();
    const path = longestPath(flow);
    expect(path.steps).toHaveLength(10_000);
    expect(path.minutes).toBe(10_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
