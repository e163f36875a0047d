import { describe, expect, test } from "vitest";
import { predecessors, successors } from "../../src/graph/neighbours.js";
import { stepsOf } from "./steps-of.js";

const flow = stepsOf(
  "B1 15 phút",
  "B2 30 phút -> B4, B3, B4",
  "B3 15 phút -> B1",
  "B4 2 giờ",
  "B5 1 giờ -> B9",
);

describe("successors", () => {
  test.each([
    ["B1", ["B2"]],
    ["B2", ["B4", "B3"]],
    ["B4", ["B5"]],
    ["B5", ["B9"]],
    ["B9", []],
    ["END", []],
  ])("of %s are %j", (id, expected) => {
    expect(successors(flow, id)).toEqual(expected);
  });

  test("of the last step without branches is END", () => {
    expect(successors(stepsOf("B1", "B2"), "B2")).toEqual(["END"]);
  });
});

describe("predecessors", () => {
  test.each([
    ["B1", ["B3"]],
    ["B4", ["B2"]],
    ["B9", ["B5"]],
    ["END", []],
    ["B7", []],
  ])("of %s are %j", (id, expected) => {
    expect(predecessors(flow, id)).toEqual(expected);
  });
});
