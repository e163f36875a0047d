import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { escapeLabel, MAX_WORD_LENGTH } from "../src/index.js";

describe("escapeLabel", () => {
  test("keeps Vietnamese text as it is, in NFC", () => {
    const nfd = "Kiểm tra hồ sơ".normalize("NFD");
    expect(escapeLabel(nfd)).toBe("Kiểm tra hồ sơ".normalize("NFC"));
  });

  test("turns quotes, hash, percent, backtick, braces, bar and HTML specials into entity codes", () => {
    expect(escapeLabel('a "b" #1 %% `c` {d} |e| <b>&')).toBe(
      "a #quot;b#quot; #35;1 #37;#37; #96;c#96; #123;d#125; #124;e#124; #lt;b#gt;#amp;",
    );
  });

  test("turns line breaks, tabs and control characters into single spaces", () => {
    expect(escapeLabel(" a\r\nb\n\nc\td\u2028e\u0000f ")).toBe("a b c d e f");
  });

  test("leaves Mermaid keywords as they are inside the quotes, except the two it rewrites lines for", () => {
    expect(escapeLabel("end click :::x subgraph")).toBe("end click :::x subgraph");
    expect(escapeLabel("classDef lifestyle")).toBe("#99;lassDef life#115;tyle");
    expect(escapeLabel("classDef lifestyle", "text")).toBe("c\u2060lassDef life" + "s\u2060tyle");
  });

  test("in text mode, draws the special characters as look-alikes instead of entity codes", () => {
    expect(escapeLabel('a "b" "c" #quot; 100% & <b> `x` {y} |z|', "text")).toBe(
      "a “b” “c” #\u2060quot; 100%\u2060 ＆ ‹b› ˋxˋ ｛y｝ ∣z∣",
    );
  });

  test("gives a word longer than the limit a break opportunity every limit characters", () => {
    const word = "x".repeat(MAX_WORD_LENGTH * 2 + 3);
    expect(
      escapeLabel(word)
        .split("\u200b")
        .map((part) => part.length),
    ).toEqual([MAX_WORD_LENGTH, MAX_WORD_LENGTH, 3]);
  });

  test("never lets a quote, brace, bracket of HTML, backtick, percent, bar or line break through", () => {
    const tokens = fc.constantFrom(
      '"',
      "#",
      "`",
      "{",
      "}",
      "<",
      ">",
      "&",
      "%%{init: {'theme':'dark'}}%%",
      "\n---\nconfig:\n",
      "end",
      "click A call alert()",
      "classDef x fill:red",
      "style A fill:red",
      ":::x",
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "#quot;",
      "\r\n",
    );
    const text = fc
      .array(fc.oneof(fc.string({ unit: "grapheme" }), tokens))
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (input) => {
        const escaped = escapeLabel(input);
        expect(escaped).not.toMatch(/["`{}<>%|&\n\r]/);
        // every `#` starts one of our entity codes
        expect(
          escaped.replace(/#(?:quot|35|37|amp|lt|gt|96|99|115|123|125|124|64258|182);/g, ""),
        ).not.toContain("#");
        expect(escaped).not.toMatch(/style|classDef|\ufb02|¶/);
        expect(escaped).toBe(escaped.normalize("NFC"));
        const asText = escapeLabel(input, "text");
        expect(asText).not.toMatch(/["`{}<>|&\n\r]|style|classDef|[#%¶](?!\u2060)/);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});
