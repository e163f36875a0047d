/**
 * The ISO 5807 document symbol (a box with a wavy bottom) drawn as a custom shape. Word's
 * `flowChartDocument` preset attaches its bottom connector on the wave, inside the shape's box,
 * which makes every connector from it search for a detour (seconds for a large chart); here a
 * short stub continues the wave's middle to the bottom of the box, where the connector starts.
 */
export const DOCUMENT_SHAPE = {
  type: "custom",
  paths: [
    { path: "M 0 0 L 100 0 L 100 88 C 83 76 67 76 50 88 C 33 100 17 100 0 88 Z" },
    { path: "M 50 88 L 50 100", fill: false },
  ],
  connectionPoints: [
    { x: 50, y: 0, side: "top" },
    { x: 100, y: 44, side: "right" },
    { x: 50, y: 100, side: "bottom" },
    { x: 0, y: 44, side: "left" },
  ],
  textArea: { left: 0, top: 0, right: 100, bottom: 80 },
} as const;
