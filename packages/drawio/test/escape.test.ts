import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { escapeXmlAttribute, htmlLabel, labelText } from "../src/index.js";
import { parseXml } from "./support/parse-xml.js";
import { htmlText } from "./support/read-drawio.js";

/** The `Char` production of XML 1.0, written out as code point ranges. */
const isXmlChar = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  code >= 0x10000;

/** The value of attribute `v` once an XML parser has read it back. */
const readBack = (escaped: string) => parseXml(`<a v="${escaped}"/>`).attributes.get("v");

/** Text with the characters that break markup or XML, mixed with ordinary and combining letters. */
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom("<", ">", "&", '"', "'", "\n", "\r", "\t", "<b>", "&amp;", "]]>", "<br>"),
    fc.constantFrom("\u0000", "\u0008", "\u001F", "\uFFFE", "\uFFFF", "\uD800", "\uDFFF"),
    fc.constantFrom("e\u0301", "ệ", "Đ", "😀", " "),
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    fc.string({ unit: "grapheme", maxLength: 3 }),
  ),
  maxLength: 40,
});

describe("escapeXmlAttribute", () => {
  test("escapes the five markup characters and the three whitespace controls", () => {
    expect(escapeXmlAttribute(`a&b<c>d"e'f\tg\nh\ri`)).toBe(
      "a&amp;b&lt;c&gt;d&quot;e&apos;f&#9;g&#10;h&#13;i",
    );
  });

  test("drops characters XML 1.0 cannot carry and keeps surrogate pairs", () => {
    expect(escapeXmlAttribute("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFFf")).toBe("abcdef");
    expect(escapeXmlAttribute("x\uD800y\uDC00z😀")).toBe("xyz😀");
  });

  test("a parser reads back exactly the text, less what XML cannot carry", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const legal = [...text].filter((char) => isXmlChar(char.codePointAt(0) ?? 0)).join("");
        expect(readBack(escapeXmlAttribute(text))).toBe(legal);
      }),
      { numRuns: 500 },
    );
  });
});

describe("htmlLabel", () => {
  test("shows markup literally and turns line breaks into <br>", () => {
    expect(htmlLabel(`<b>Có</b> & "x"\n'y'`)).toBe(
      "&lt;b&gt;Có&lt;/b&gt; &amp; &quot;x&quot;<br>&#39;y&#39;",
    );
  });

  test("normalises to NFC and every line ending to one break", () => {
    expect(htmlLabel("Ke\u0302\u0301t\r\nthu\u0301c\rA")).toBe("Kết<br>thúc<br>A");
  });

  test("the label a draw.io file carries decodes, both layers, to the text shown", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const value = readBack(escapeXmlAttribute(htmlLabel(text))) ?? "";
        expect(htmlText(value)).toBe(labelText(text));
        expect(labelText(text)).toBe(labelText(text).normalize("NFC"));
      }),
      { numRuns: 500 },
    );
  });
});
