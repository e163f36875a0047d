/** A quoted label as `toMermaid` writes it: no quote, brace, backtick or `|`, and only `<br>` tags. */
const QUOTED = String.raw`"[^"{}\x60<>|\n]*(?:<br>[^"{}\x60<>|\n]*)*"`;
const ID = String.raw`(?:b0|k0|n\d+|f\d+)`;

/** Every statement shape `toMermaid` may write after its front matter. */
const STATEMENTS = [
  /^(?:flowchart|swimlane-beta) (?:TD|LR)$/,
  new RegExp(`^  subgraph lane\\d+\\[${QUOTED}\\]$`),
  /^ {2}end$/,
  new RegExp(
    `^ {2,4}${ID}(?:\\(\\[${QUOTED}\\]\\)|\\[${QUOTED}\\]|\\{${QUOTED}\\}|@\\{ shape: docs?, label: ${QUOTED} \\})$`,
  ),
  new RegExp(`^  ${ID} (?:-->|-\\.-) ${ID}$`),
  new RegExp(`^  ${ID} -->\\|${QUOTED}\\| ${ID}$`),
];

/** The lines of a diagram body that are not one of `toMermaid`'s own statement shapes. */
export function foreignStatements(body: string): string[] {
  return body
    .split("\n")
    .filter((line) => line !== "" && !STATEMENTS.some((shape) => shape.test(line)));
}
