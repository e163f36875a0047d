import fc from "fast-check";
import { expect, test } from "vitest";
import { toDrawio } from "../src/index.js";
import { type TestStep, testProcedure } from "./support/models.js";
import { readDrawio } from "./support/read-drawio.js";
import { badRoutes, lanes, outsideLanes, overlaps, shapes } from "./support/structure.js";

/** Any flow a table can describe: steps in a few lanes, some decisions jumping anywhere (loops too). */
const flows = fc
  .integer({ min: 1, max: 14 })
  .chain((count) =>
    fc.array(
      fc.record({
        lane: fc.integer({ min: 0, max: 3 }),
        words: fc.integer({ min: 1, max: 18 }),
        jumps: fc.array(fc.integer({ min: -1, max: count - 1 }), { maxLength: 3 }),
        outputs: fc.integer({ min: 0, max: 3 }),
      }),
      { minLength: count, maxLength: count },
    ),
  )
  .map((rows) =>
    rows.map(
      (row, index): TestStep => ({
        id: `B${index + 1}`,
        action: Array.from({ length: row.words }, (_, word) => `việc${word}`).join(" "),
        actors: [`Đơn vị ${row.lane}`],
        outputs: Array.from({ length: row.outputs }, (_, n) => `BM0${n + 1}`),
        ...(row.jumps.length > 0
          ? {
              kind: "decision" as const,
              branches: row.jumps.map((jump, n) => ({
                label: `Nhánh ${n + 1}`,
                target: jump < 0 ? "END" : `B${jump + 1}`,
              })),
            }
          : {}),
      }),
    ),
  );

test("any flow gives a well-formed file: shapes inside lanes, nothing overlapping, no arrow through a shape", () => {
  fc.assert(
    fc.property(
      flows,
      fc.constantFrom("TD" as const, "LR" as const),
      fc.boolean(),
      (steps, direction, showOutputs) => {
        const drawing = readDrawio(toDrawio(testProcedure(steps), { direction, showOutputs }));
        expect(outsideLanes(drawing)).toEqual([]);
        expect(overlaps(lanes(drawing))).toEqual([]);
        expect(overlaps(shapes(drawing))).toEqual([]);
        expect(badRoutes(drawing)).toEqual([]);
        const ids = drawing.cells.map((cell) => cell.id);
        expect(new Set(ids).size).toBe(ids.length);
      },
    ),
    { numRuns: 150 },
  );
}, 120_000);
