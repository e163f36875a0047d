import { describe, expect, test } from "vitest";
import { xmlSafeText } from "../src/text/xml-safe-text.js";

describe("xmlSafeText", () => {
  test("removes the C0 controls XML 1.0 forbids and keeps tab, line feed and carriage return", () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join("");
    expect(xmlSafeText(`a${controls}b`)).toBe("a\t\n\rb");
  });

  test("replaces lone surrogates with U+FFFD and keeps surrogate pairs", () => {
    expect(xmlSafeText("x\uD800y\uDC00z😀")).toBe("x\uFFFDy\uFFFDz😀");
  });

  test("removes the non-characters U+FFFE and U+FFFF", () => {
    expect(xmlSafeText("a\uFFFEb\uFFFFc")).toBe("abc");
  });

  test("normalises to NFC", () => {
    expect(xmlSafeText("Hô\u0323 ti\u0323ch")).toBe("Hộ tịch");
  });

  test("leaves markup characters and right-to-left marks to the XML writer", () => {
    expect(xmlSafeText("<a & ]]> \u200F\u202E")).toBe("<a & ]]> \u200F\u202E");
  });
});
