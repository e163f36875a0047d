import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";

/** The YAML front matter at the start of a Markdown file. */
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

/** The `code:` of a procedure's front matter, if it has a readable one. */
function codeOf(text: string): string | undefined {
  const yaml = FRONT_MATTER.exec(text)?.[1];
  if (yaml === undefined) return undefined;
  try {
    const data: unknown = parse(yaml);
    const code = (data as { code?: unknown } | null)?.code;
    return typeof code === "string" ? code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The codes of the procedures (`*.md` files) directly in `folder`; unreadable files, files without
 * front matter and a missing folder simply contribute nothing.
 */
export async function existingCodes(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const codes: string[] = [];
  for (const name of names.filter((entry) => entry.toLowerCase().endsWith(".md"))) {
    const text = await readFile(join(folder, name), "utf8").catch(() => "");
    const code = codeOf(text);
    if (code !== undefined) codes.push(code);
  }
  return codes;
}
