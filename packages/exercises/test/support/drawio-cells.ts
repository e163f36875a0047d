/** One `mxCell` of a draw.io file, with the attributes the structural checks read. */
export interface DrawioCell {
  id: string;
  value: string;
  parent?: string;
  source?: string;
  target?: string;
  edge: boolean;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML attribute text with its entities decoded. */
function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? "");
}

/** The cells of an uncompressed draw.io file, read with a small attribute scanner (no mxGraph). */
export function drawioCells(xml: string): DrawioCell[] {
  return [...xml.matchAll(/<mxCell\b([^>]*?)\/?>/g)].map((match) => {
    const attributes = new Map(
      [...(match[1] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [
        pair[1] ?? "",
        decode(pair[2] ?? ""),
      ]),
    );
    const optional = (name: string) => {
      const value = attributes.get(name);
      return value === undefined ? {} : { [name]: value };
    };
    return {
      id: attributes.get("id") ?? "",
      value: attributes.get("value") ?? "",
      ...optional("parent"),
      ...optional("source"),
      ...optional("target"),
      edge: attributes.get("edge") === "1",
    };
  });
}
