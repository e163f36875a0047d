import { escapeXmlAttribute, htmlLabel } from "@quytrinh/drawio";
import type { StepCard } from "../exercise.js";

const CARD = { width: 240, height: 64, gap: 12 } as const;
const MARGIN = 60;
const CARD_STYLE =
  "rounded=1;whiteSpace=wrap;html=1;arcSize=8;fillColor=#fff2cc;strokeColor=#d6b656;fontFamily=Times New Roman;fontSize=12;";
const HINT_STYLE =
  "text;html=1;whiteSpace=wrap;align=left;verticalAlign=middle;fontStyle=1;fontFamily=Times New Roman;fontSize=12;";

/** The right edge of the cells on the top layer: where the flowchart ends. */
function diagramRight(xml: string): number {
  let right = 0;
  for (const match of xml.matchAll(/<mxCell\b([^>]*)>\s*<mxGeometry\b([^>]*)>/g)) {
    if (!/\bparent="1"/.test(match[1] ?? "")) continue;
    const x = Number(/\bx="(-?[\d.]+)"/.exec(match[2] ?? "")?.[1] ?? 0);
    const width = Number(/\bwidth="([\d.]+)"/.exec(match[2] ?? "")?.[1] ?? 0);
    right = Math.max(right, x + width);
  }
  return right;
}

function vertex(id: string, value: string, style: string, x: number, y: number, height: number) {
  return [
    `        <mxCell id="${id}" value="${escapeXmlAttribute(value)}" style="${style}" vertex="1" parent="1">`,
    `          <mxGeometry x="${x}" y="${y}" width="${CARD.width}" height="${height}" as="geometry"/>`,
    "        </mxCell>",
  ].join("\n");
}

/**
 * Adds the "order" cards to a draw.io file as movable shapes in a column right of the flowchart,
 * under a one-line hint, so trainees drag each card into its box.
 */
export function withDrawioCards(xml: string, cards: readonly StepCard[], hint: string): string {
  const x = diagramRight(xml) + MARGIN;
  const cells = [vertex("cards-hint", htmlLabel(hint), HINT_STYLE, x, 0, 40)];
  cards.forEach((card, index) => {
    const actors = card.actors.length > 0 ? `\n(${card.actors.join(", ")})` : "";
    const y = 40 + index * (CARD.height + CARD.gap);
    const value = htmlLabel(`${card.label}. ${card.action}${actors}`);
    cells.push(vertex(`card-${card.label}`, value, CARD_STYLE, x, y, CARD.height));
  });
  const end = xml.lastIndexOf("</root>");
  if (end < 0) throw new TypeError("withDrawioCards expects a draw.io file from toDrawio");
  const lineStart = xml.lastIndexOf("\n", end) + 1;
  return `${xml.slice(0, lineStart)}${cells.join("\n")}\n${xml.slice(lineStart)}`;
}
