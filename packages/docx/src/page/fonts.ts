/** The only typeface Decree 30/2020 allows. */
export const FONT = "Times New Roman";

/** The typeface in all four slots (ASCII, high ANSI, complex script, East Asian). */
export const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;

/** Vietnamese in every language slot, so spelling and hyphenation use it. */
export const LANGUAGE = { value: "vi-VN", eastAsia: "vi-VN", bidirectional: "vi-VN" } as const;

/** Font sizes in half-points: body 13 pt, tables and header 12 pt, title 14 pt, flowchart 10 pt. */
export const SIZE = { body: 26, table: 24, title: 28, flowchart: 20 } as const;
