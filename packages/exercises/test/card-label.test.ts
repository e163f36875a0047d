import { expect, test } from "vitest";
import { cardLabel } from "../src/card-label.js";

test("cards are lettered like spreadsheet columns", () => {
  expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(cardLabel)).toEqual([
    "A",
    "B",
    "Z",
    "AA",
    "AB",
    "AZ",
    "BA",
    "ZZ",
    "AAA",
  ]);
});
