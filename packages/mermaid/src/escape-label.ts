/** Longest run of letters without a break opportunity before one is inserted. */
export const MAX_WORD_LENGTH = 24;

/** How labels are drawn: HTML in `<foreignObject>` (wraps best) or SVG `<text>` (Word, Inkscape). */
export type LabelMode = "html" | "text";

const WORD_JOINER = "\u2060";

/** HTML labels: Mermaid entity codes for every character that could end a label or become markup. */
const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '"': "#quot;",
  "#": "#35;",
  "%": "#37;",
  "&": "#amp;",
  "<": "#lt;",
  ">": "#gt;",
  "`": "#96;",
  "{": "#123;",
  "}": "#125;",
  "|": "#124;",
  "\ufb02": "#64258;",
  "¶": "#182;",
};

/**
 * SVG text labels show entity codes literally, so look-alikes stand in for the characters that
 * cannot appear, and a word joiner keeps `#`, `%` and `¶` from starting an entity or a directive.
 * `&` becomes `＆`: when Mermaid 11.17 breaks a word too wide for its box, it cuts the XML-escaped
 * text, so a real `&` in that word would show as `&amp;`.
 */
const TEXT_STAND_INS: Readonly<Record<string, string>> = {
  "#": `#${WORD_JOINER}`,
  "%": `%${WORD_JOINER}`,
  "&": "＆",
  "¶": `¶${WORD_JOINER}`,
  "<": "‹",
  ">": "›",
  "`": "ˋ",
  "{": "｛",
  "}": "｝",
  "|": "∣",
  "\ufb02": "fl",
};

const SPECIAL = /["#%&<>`{}|\ufb02¶]/g;
/** Line breaks, tabs, other control characters and Unicode line/paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const LONG_WORD = new RegExp(`[^\\s]{${MAX_WORD_LENGTH + 1},}`, "g");
/**
 * Mermaid deletes the last `;` of any line with `style` or `classDef` in it (its `encodeEntities`),
 * which would break an entity code: the words are split so the pattern never matches.
 */
const KEYWORDS = /(s)(tyle)|(c)(lassDef)/g;
const graphemes = new Intl.Segmenter("vi", { granularity: "grapheme" });

/** Inserts a zero-width space every `MAX_WORD_LENGTH` letters (graphemes) of a too-long word. */
function breakLongWords(text: string): string {
  return text.replace(LONG_WORD, (word) => {
    const letters = Array.from(graphemes.segment(word), (part) => part.segment);
    const parts: string[] = [];
    for (let i = 0; i < letters.length; i += MAX_WORD_LENGTH) {
      parts.push(letters.slice(i, i + MAX_WORD_LENGTH).join(""));
    }
    return parts.join("\u200b");
  });
}

/** Straight double quotes as typographic ones, opening and closing in turn. */
function curlQuotes(text: string): string {
  let open = true;
  return text.replace(/"/g, () => {
    const quote = open ? "“" : "”";
    open = !open;
    return quote;
  });
}

/**
 * Turns any user text into the inside of a double-quoted Mermaid label that shows the text
 * literally and can add nothing to the diagram: NFC, line breaks and control characters become
 * spaces, very long words get break opportunities, and quotes, `#`, `%`, backticks, braces, `|` and
 * HTML specials become entity codes (`html`) or look-alike characters (`text`).
 */
export function escapeLabel(text: string, mode: LabelMode = "html"): string {
  const flat = breakLongWords(
    text.normalize("NFC").replace(BREAKS, " ").replace(/ {2,}/g, " ").trim(),
  );
  if (mode === "text") {
    return curlQuotes(flat)
      .replace(SPECIAL, (char) => TEXT_STAND_INS[char] ?? char)
      .replace(KEYWORDS, (_, s, tyle, c, lassDef) =>
        s ? `${s}${WORD_JOINER}${tyle}` : `${c}${WORD_JOINER}${lassDef}`,
      );
  }
  return flat
    .replace(SPECIAL, (char) => HTML_ENTITIES[char] ?? char)
    .replace(KEYWORDS, (_, s, tyle, _c, lassDef) => (s ? `#115;${tyle}` : `#99;${lassDef}`));
}
