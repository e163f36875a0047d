import { xmlElement } from "./xml-element.js";

/** Portrait and landscape A4 in draw.io units. */
const A4 = { width: 827, height: 1169 };

/**
 * The whole uncompressed `.drawio` document: one page (`<diagram>`) holding the model, its root
 * cell `0`, the default layer `1` and the given cells. A4, portrait unless the diagram is wider.
 */
export function mxFile(name: string, cells: readonly string[], width: number): string {
  const landscape = width > A4.width - 40;
  const model = xmlElement(
    "mxGraphModel",
    [
      ["grid", "1"],
      ["gridSize", "10"],
      ["guides", "1"],
      ["tooltips", "1"],
      ["connect", "1"],
      ["arrows", "1"],
      ["fold", "1"],
      ["page", "1"],
      ["pageScale", "1"],
      ["pageWidth", landscape ? A4.height : A4.width],
      ["pageHeight", landscape ? A4.width : A4.height],
      ["math", "0"],
      ["shadow", "0"],
    ],
    xmlElement(
      "root",
      [],
      [
        ...xmlElement("mxCell", [["id", "0"]]),
        ...xmlElement("mxCell", [
          ["id", "1"],
          ["parent", "0"],
        ]),
        ...cells,
      ],
    ),
  );
  const diagram = xmlElement(
    "diagram",
    [
      ["id", "quytrinh-flowchart"],
      ["name", name],
    ],
    model,
  );
  return `${xmlElement(
    "mxfile",
    [
      ["host", "quytrinh"],
      ["agent", "@quytrinh/drawio"],
    ],
    diagram,
  ).join("\n")}\n`;
}
