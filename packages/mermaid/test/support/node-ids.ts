/** The Mermaid ids of the nodes an SVG draws (from `id="<diagram>-flowchart-<node>-<n>"`). */
export function drawnNodeIds(svg: string): string[] {
  const ids = [...svg.matchAll(/<g class="node[^"]*" id="[^"]*?-flowchart-([A-Za-z0-9_]+)-\d+"/g)];
  return ids.map((match) => match[1] ?? "").sort();
}

/** The node ids a Mermaid text declares, in `toMermaid`'s own statement shapes. */
export function declaredNodeIds(text: string): string[] {
  const ids = [...text.matchAll(/^ {2,4}([a-z]\d+)(?:\(\[|\[|\{|@\{)/gm)];
  return ids.map((match) => match[1] ?? "").sort();
}
