import { toMarkdown } from "@quytrinh/markdown";
import { type ScaffoldOptions, scaffoldProcedure } from "./scaffold-procedure.js";

/** A placeholder as the Markdown writer escapes it: `\[\[điền: …\]\]`. */
const ESCAPED_PLACEHOLDER = /\\\[\\\[(.*?)\\\]\\\]/gu;
/** The four backslashes a placeholder loses when written plain. */
const ESCAPE_WIDTH = 4;
/** A table cell boundary: a pipe that is not escaped. */
const CELL_BOUNDARY = /(?<!\\)\|/u;

/** Writes escaped placeholders plain; in a table row, pads each cell so the columns stay aligned. */
function unescapeLine(line: string): string {
  if (!line.startsWith("|")) return line.replace(ESCAPED_PLACEHOLDER, "[[$1]]");
  return line
    .split(CELL_BOUNDARY)
    .map((cell) => {
      let count = 0;
      const plain = cell.replace(ESCAPED_PLACEHOLDER, (_, inner: string) => {
        count += 1;
        return `[[${inner}]]`;
      });
      return `${plain}${" ".repeat(count * ESCAPE_WIDTH)}`;
    })
    .join("|");
}

/**
 * The Markdown text of a new procedure (see `scaffoldProcedure`), with its placeholders written
 * as plain `[[điền: …]]` so that officials see and replace them as they are.
 */
export function scaffoldMarkdown(options: ScaffoldOptions): string {
  const markdown = toMarkdown(scaffoldProcedure(options), { lang: options.lang });
  return markdown.split("\n").map(unescapeLine).join("\n");
}
