import { expect, test } from "vitest";
import { shouldColor } from "../src/should-color.js";

test("colours a terminal", () => {
  expect(shouldColor(true, {})).toBe(true);
});

test("never colours a pipe or a file", () => {
  expect(shouldColor(false, {})).toBe(false);
  expect(shouldColor(undefined, {})).toBe(false);
});

test("respects NO_COLOR when it is set to anything but the empty string", () => {
  expect(shouldColor(true, { NO_COLOR: "1" })).toBe(false);
  expect(shouldColor(true, { NO_COLOR: "" })).toBe(true);
});
