import { parseXml, type XmlElement } from "./parse-xml.js";

/** A rectangle in page coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One `<mxCell>` as the tests see it, with its geometry made absolute. */
export interface Cell {
  id: string;
  value: string;
  style: Map<string, string>;
  parent: string | undefined;
  kind: "vertex" | "edge" | "root";
  source: string | undefined;
  target: string | undefined;
  /** As written: relative to the parent container. */
  geometry: Box | undefined;
  /** On the page. */
  box: Box | undefined;
  points: { x: number; y: number }[];
}

/** A `.drawio` document read back: its page name and cells in document order. */
export interface Drawing {
  name: string;
  cells: Cell[];
  byId: Map<string, Cell>;
}

const child = (element: XmlElement, name: string): XmlElement => {
  const found = element.children.find((item) => item.name === name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
};

/** Reads `style="a;b=1;"` into a map; a bare word (the shape name) maps to "". */
export function parseStyle(style: string): Map<string, string> {
  const entries = style
    .split(";")
    .filter((part) => part !== "")
    .map((part): [string, string] => {
      const equals = part.indexOf("=");
      return equals < 0 ? [part, ""] : [part.slice(0, equals), part.slice(equals + 1)];
    });
  return new Map(entries);
}

/** Parses a `.drawio` document (strictly) into its cells, throwing on anything malformed. */
export function readDrawio(xml: string): Drawing {
  const root = parseXml(xml);
  if (root.name !== "mxfile") throw new Error(`root is <${root.name}>, not <mxfile>`);
  const diagram = child(root, "diagram");
  const cells = child(child(diagram, "mxGraphModel"), "root").children.map(readCell);
  const byId = new Map(cells.map((cell) => [cell.id, cell]));
  const absolute = (cell: Cell): Box | undefined => {
    if (!cell.geometry) return undefined;
    const parent = cell.parent === undefined ? undefined : byId.get(cell.parent);
    const origin = parent?.kind === "vertex" ? absolute(parent) : undefined;
    return origin
      ? { ...cell.geometry, x: cell.geometry.x + origin.x, y: cell.geometry.y + origin.y }
      : cell.geometry;
  };
  for (const cell of cells) if (cell.kind === "vertex") cell.box = absolute(cell);
  return { name: diagram.attributes.get("name") ?? "", cells, byId };
}

function readCell(element: XmlElement): Cell {
  if (element.name !== "mxCell") throw new Error(`unexpected <${element.name}> in <root>`);
  const attribute = (name: string) => element.attributes.get(name);
  const geometry = element.children.find((item) => item.name === "mxGeometry");
  const number = (name: string) => Number(geometry?.attributes.get(name) ?? "0");
  const kind = attribute("vertex") === "1" ? "vertex" : attribute("edge") === "1" ? "edge" : "root";
  const points = (geometry?.children.find((item) => item.name === "Array")?.children ?? []).map(
    (point) => ({ x: Number(point.attributes.get("x")), y: Number(point.attributes.get("y")) }),
  );
  return {
    id: attribute("id") ?? "",
    value: attribute("value") ?? "",
    style: parseStyle(attribute("style") ?? ""),
    parent: attribute("parent"),
    kind,
    source: attribute("source"),
    target: attribute("target"),
    geometry:
      kind === "vertex"
        ? { x: number("x"), y: number("y"), width: number("width"), height: number("height") }
        : undefined,
    box: undefined,
    points,
  };
}

/**
 * The text an `html=1` label shows, for labels this package writes: `<br>` is a line break and the
 * five escapes are decoded. Any other markup means user text became HTML, so it throws.
 */
export function htmlText(value: string): string {
  const lines = value.split("<br>");
  for (const line of lines) {
    if (/[<>]|&(?!(amp|lt|gt|quot|#39);)/.test(line)) {
      throw new Error(`label contains markup or a stray \`&\`: ${JSON.stringify(value)}`);
    }
  }
  return lines
    .map((line) =>
      line.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
        name === "amp"
          ? "&"
          : name === "lt"
            ? "<"
            : name === "gt"
              ? ">"
              : name === "quot"
                ? '"'
                : "'",
      ),
    )
    .join("\n");
}
