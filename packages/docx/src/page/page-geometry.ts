/** Twentieths of a point (twips, the DXA unit of Word) in one millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Converts millimetres to twips (DXA), rounded. */
export function mm(millimetres: number): number {
  return Math.round(millimetres * TWIPS_PER_MM);
}

/**
 * A4 portrait with margins inside the Decree 30/2020 ranges: top and bottom 20 mm, left 30 mm,
 * right 15 mm. All lengths are in twips.
 */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: {
    top: mm(20),
    bottom: mm(20),
    left: mm(30),
    right: mm(15),
    header: mm(10),
    footer: mm(10),
  },
} as const;

/** Width of the text between the left and right margins, in twips. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Screen pixels (the unit of docx shapes, 96 per inch) per twip. */
export const PIXELS_PER_TWIP = 96 / 1440;
