import { expect, test } from "vitest";
import { fillLaneWidths, laneShift } from "../src/flowchart/lane-widths.js";

test("narrow lanes grow to one common width and wide ones keep theirs", () => {
  expect(fillLaneWidths([100, 300, 120], 600)).toEqual([150, 300, 150]);
});

test("lanes already wider than the total stay as they are", () => {
  expect(fillLaneWidths([400, 300], 600)).toEqual([400, 300]);
});

test("content moves with its lane and stays centred in it", () => {
  const natural = [
    { a: 0, sa: 100 },
    { a: 100, sa: 300 },
  ];
  const shift = laneShift(natural, [200, 300]);
  expect([shift(50), shift(250)]).toEqual([100, 350]);
});
