import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node } from "yaml";

/** `[start, end]` offsets inside the YAML text. */
export type YamlRange = readonly [number, number];

/** Plain data read from YAML, with the range of every field by dotted path. */
export interface YamlData {
  value: unknown;
  ranges: Map<string, YamlRange>;
}

/**
 * Converts a parsed YAML document to plain data, recording where each field was written.
 * `keepText(path)` says which paths must stay text: numbers and booleans there keep their
 * source spelling (`issue: 01` stays `"01"`).
 */
export function readYamlData(
  document: Document.Parsed,
  source: string,
  keepText: (path: string) => boolean,
): YamlData {
  const ranges = new Map<string, YamlRange>();
  const convert = (node: unknown, path: string): unknown => {
    if (isMap(node)) {
      const object: Record<string, unknown> = {};
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key ?? "");
        const child = path ? `${path}.${key}` : key;
        const start = rangeOf(pair.key)?.[0] ?? rangeOf(pair.value)?.[0];
        const end = rangeOf(pair.value)?.[1] ?? rangeOf(pair.key)?.[1];
        if (start !== undefined && end !== undefined) ranges.set(child, [start, end]);
        object[key] = convert(pair.value, child);
      }
      return object;
    }
    if (isSeq(node)) {
      return node.items.map((item, index) => {
        const child = `${path}.${index}`;
        const range = rangeOf(item);
        if (range) ranges.set(child, [range[0], range[1]]);
        return convert(item, child);
      });
    }
    if (isScalar(node)) {
      const value = node.value;
      const spelled = typeof value === "number" || typeof value === "boolean";
      if (spelled && keepText(path) && node.range) {
        return source.slice(node.range[0], node.range[1]).trim();
      }
      return value;
    }
    if (isAlias(node)) return node.resolve(document)?.toJSON();
    return node ?? null;
  };
  return { value: convert(document.contents, ""), ranges };
}

function rangeOf(node: unknown): YamlRange | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}
