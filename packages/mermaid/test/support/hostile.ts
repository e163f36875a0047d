import { END, type Procedure } from "@quytrinh/core";
import fc from "fast-check";
import { procedureWith } from "./models.js";

/** Fragments that would break or take over a Mermaid diagram if they got out of their quotes. */
export const HOSTILE_FRAGMENTS = [
  '"',
  '"]\n  click n1 call alert(1)\n  x["',
  "#",
  "#quot;",
  "`",
  "{",
  "}",
  "<b>đậm</b>",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "&amp;",
  "%%{init: {'securityLevel': 'loose'}}%%",
  "\n---\nconfig:\n  theme: dark\n---\n",
  "end",
  "subgraph",
  "click n1 href 'javascript:alert(1)'",
  "classDef red fill:#f00",
  "style n1 fill:#f00",
  ":::red",
  "-->",
  "|",
  "\r\n",
  "Đủ điều kiện",
  "a".repeat(60),
  `\ufb02${"a".repeat(60)}`,
];

/** Any text, mixing random graphemes with the hostile fragments. */
export const hostileText = fc
  .array(
    fc.oneof(fc.string({ unit: "grapheme", maxLength: 12 }), fc.constantFrom(...HOSTILE_FRAGMENTS)),
    {
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(""));

/** A procedure of 1 to 6 steps whose every text (ids included) is hostile, with branches and loops. */
export const hostileProcedure: fc.Arbitrary<Procedure> = fc
  .array(
    fc.record({
      id: hostileText.filter((id) => id.trim() !== ""),
      decision: fc.boolean(),
      action: hostileText,
      actor: hostileText,
      duration: hostileText,
      output: hostileText,
      yes: hostileText,
      no: hostileText,
      target: fc.nat(),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((rows) => {
    const ids = rows.map((row) => row.id);
    return procedureWith(
      rows.map((row, index) => ({
        id: row.id,
        kind: row.decision ? "decision" : "process",
        action: row.action,
        actors: [row.actor],
        duration: { text: row.duration, kind: "unparsed" },
        outputs: [row.output],
        branches: row.decision
          ? [
              { label: row.yes, target: ids[row.target % ids.length] ?? END },
              { label: row.no, target: ids[index + 1] ?? END },
            ]
          : [],
      })),
    );
  });
