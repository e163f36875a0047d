import fc from "fast-check";
import { expect, test } from "vitest";
import { characterCount, clip, wrapText } from "../src/flowchart/text-measure.js";

/** Text made of Vietnamese letters, spaces, an emoji (a surrogate pair) and lone surrogates. */
const tricky = fc
  .array(fc.constantFrom("a", "Đ", "ễ", "e\u0301", " ", "\t", "😀", "\uD800", "\uDC00"), {
    maxLength: 80,
  })
  .map((parts) => parts.join(""));

test("characterCount counts code points as spreading the string does", () => {
  fc.assert(fc.property(tricky, (text) => characterCount(text) === [...text].length));
});

test("wrapped lines hold at most a line's characters and keep every character in order", () => {
  fc.assert(
    fc.property(tricky, fc.integer({ min: 1, max: 30 }), (text, perLine) => {
      // 10 pt text is 0.44 em wide per character: 5.8666… px, so this width fits `perLine`.
      const lines = wrapText(text, perLine * ((0.44 * 10 * 96) / 72) + 0.01, 10);
      const words = text.split(/\s+/u).filter(Boolean).join("");
      expect(lines.every((line) => [...line].length <= perLine)).toBe(true);
      expect(lines.join("").replaceAll(" ", "")).toBe(words);
    }),
  );
});

test("words share a line while they fit and a word longer than a line is cut", () => {
  const width = 6 * ((0.44 * 10 * 96) / 72) + 0.01;
  expect(wrapText("ab cd efghijklmn o", width, 10)).toEqual(["ab cd", "efghij", "klmn o"]);
});

test("clip keeps short text whole and cuts long text at a word end", () => {
  expect(clip("  Tiếp nhận hồ sơ  ", 20)).toBe("Tiếp nhận hồ sơ");
  expect(clip("Tiếp nhận hồ sơ của công dân", 18)).toBe("Tiếp nhận hồ sơ…");
});
