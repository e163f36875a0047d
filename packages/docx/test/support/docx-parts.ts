import JSZip from "jszip";

/** The text of one part (such as `word/document.xml`) of a packed DOCX. */
export async function docxPart(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(path);
  if (!file) throw new Error(`no ${path} in the DOCX`);
  return file.async("string");
}

/** Indents XML one element per line, for readable golden files and diffs. */
export function prettyXml(xml: string): string {
  const lines: string[] = [];
  let depth = 0;
  for (const token of xml.replace(/>\s*</g, ">\n<").split("\n")) {
    const closing = token.startsWith("</");
    const selfClosing = token.endsWith("/>") || token.startsWith("<?");
    const opensAndCloses = /^<[^/!?][^>]*>.*<\/[^>]+>$/.test(token);
    if (closing) depth = Math.max(0, depth - 1);
    lines.push(`${"  ".repeat(depth)}${token}`);
    if (!closing && !selfClosing && !opensAndCloses && token.startsWith("<")) depth += 1;
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Renumbers drawing ids (` id="12"`) in order of first appearance, and drops the number from
 * drawing names ("Text Box 12"): docx counts them across every
 * document made in the process, so they differ between runs that are otherwise the same.
 */
export function stableDrawingIds(xml: string): string {
  const seen = new Map<string, number>();
  const unnumbered = xml.replace(/ name="([^"]*?) \d+"/g, ' name="$1 #"');
  return unnumbered.replace(/ id="(\d+)"/g, (_, id: string) => {
    if (!seen.has(id)) seen.set(id, seen.size + 1);
    return ` id="${seen.get(id)}"`;
  });
}
