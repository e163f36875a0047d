import { END, flowEdges, type Procedure } from "@quytrinh/core";
import { describe, expect, test } from "vitest";
import { labelText, type ToDrawioOptions, toDrawio } from "../src/index.js";
import { examples } from "./support/examples.js";
import { htmlText, readDrawio } from "./support/read-drawio.js";
import { badRoutes, edges, lanes, outsideLanes, overlaps, shapes } from "./support/structure.js";

const variants: ReadonlyArray<readonly [string, ToDrawioOptions]> = [
  ["defaults", {}],
  ["with outputs", { showOutputs: true }],
  ["left to right", { direction: "LR" }],
  ["left to right with outputs", { direction: "LR", showOutputs: true }],
  ["without lanes", { lanes: false, showOutputs: true }],
];

/** The text a step's shape must show, worked out from the model alone. */
function expectedStepText(procedure: Procedure, index: number): string {
  const step = procedure.steps[index];
  if (!step) throw new Error(`no step ${index}`);
  const terminal = step.kind === "start" || step.kind === "end";
  const first = terminal ? step.action : `${step.id}. ${step.action}`;
  return labelText(step.duration ? `${first}\n${step.duration.text}` : first);
}

describe.each(examples)("%s", (_, procedure) => {
  describe.each(variants)("%s", (__, options) => {
    const xml = toDrawio(procedure, options);
    const drawing = readDrawio(xml);

    test("has the root cells and unique ids", () => {
      expect(drawing.cells.slice(0, 2).map((cell) => [cell.id, cell.parent])).toEqual([
        ["0", undefined],
        ["1", "0"],
      ]);
      const ids = drawing.cells.map((cell) => cell.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    test("every parent, source and target exists", () => {
      const missing = drawing.cells.flatMap((cell) =>
        [cell.parent, cell.source, cell.target]
          .filter((id) => id !== undefined && !drawing.byId.has(id))
          .map((id) => `${cell.id} -> ${id}`),
      );
      expect(missing).toEqual([]);
      for (const edge of edges(drawing)) {
        expect(drawing.byId.get(edge.source ?? "")?.kind).toBe("vertex");
        expect(drawing.byId.get(edge.target ?? "")?.kind).toBe("vertex");
      }
    });

    test("children sit inside their lanes, lanes do not overlap, shapes do not overlap", () => {
      expect(outsideLanes(drawing)).toEqual([]);
      expect(overlaps(lanes(drawing))).toEqual([]);
      expect(overlaps(shapes(drawing))).toEqual([]);
    });

    test("arrows run at right angles and never through a shape they do not join", () => {
      expect(badRoutes(drawing)).toEqual([]);
    });

    test("every step appears with its label", () => {
      const shown = procedure.steps.map((_, index) => {
        const cell = drawing.byId.get(`step-${index + 1}`);
        return cell ? htmlText(cell.value) : undefined;
      });
      expect(shown).toEqual(procedure.steps.map((_, index) => expectedStepText(procedure, index)));
    });

    test("every arrow of the flow is drawn, decisions with all their branch labels", () => {
      const stepIds = new Set(procedure.steps.map((step) => step.id));
      const expected = flowEdges(procedure)
        .filter((edge) => edge.to === END || stepIds.has(edge.to))
        .map((edge) => labelText(edge.label ?? ""));
      const flow = edges(drawing).filter(
        (edge) => edge.source?.startsWith("step-") && !edge.target?.startsWith("output-"),
      );
      expect(flow.map((edge) => htmlText(edge.value))).toEqual(expected);
    });
  });
});

describe("layout", () => {
  const [, procedure] = examples.find(([name]) => name === "dang-ky-khai-sinh.md") ?? [];
  if (!procedure) throw new Error("examples/dang-ky-khai-sinh.md is missing");

  test("lanes are the steps' first actors in order of first appearance, as columns top-down", () => {
    const drawing = readDrawio(toDrawio(procedure));
    const columns = lanes(drawing);
    expect(columns.map((lane) => htmlText(lane.value))).toEqual([
      "Người yêu cầu",
      "Công chức TTPVHCC",
      "Công chức Tư pháp – Hộ tịch",
      "Chủ tịch UBND xã",
    ]);
    const tops = new Set(columns.map((lane) => lane.box?.y));
    expect(tops.size).toBe(1);
  });

  test("left to right puts the lanes in rows with their titles on the left", () => {
    const drawing = readDrawio(toDrawio(procedure, { direction: "LR" }));
    const rows = lanes(drawing);
    expect(new Set(rows.map((lane) => lane.box?.x)).size).toBe(1);
    expect(rows.map((lane) => lane.style.get("horizontal"))).toEqual(["0", "0", "0", "0"]);
  });

  test("the flow goes down: each forward arrow's target lies below its source", () => {
    const drawing = readDrawio(toDrawio(procedure));
    const upward = edges(drawing).filter((edge) => {
      const from = drawing.byId.get(edge.source ?? "")?.box;
      const to = drawing.byId.get(edge.target ?? "")?.box;
      return from && to && to.y <= from.y;
    });
    expect(upward.map((edge) => `${edge.source}->${edge.target}`)).toEqual(["step-3->step-1"]);
  });

  test("the loop back goes round through bends, not straight across", () => {
    const drawing = readDrawio(toDrawio(procedure));
    const loop = edges(drawing).find(
      (edge) => edge.source === "step-3" && edge.target === "step-1",
    );
    expect(loop?.points.length).toBeGreaterThanOrEqual(2);
  });

  test("a step's document sits beside it in the same row and lane", () => {
    const drawing = readDrawio(toDrawio(procedure, { showOutputs: true }));
    const step = drawing.byId.get("step-4");
    const doc = drawing.byId.get("output-4");
    expect(doc?.parent).toBe(step?.parent);
    expect(doc?.style.has("shape")).toBe(true);
    expect(doc?.style.get("shape")).toBe("mxgraph.flowchart.multi-document");
    const middle = (box = { y: 0, height: 0 }) => box.y + box.height / 2;
    expect(middle(doc?.box)).toBe(middle(step?.box));
    expect(htmlText(doc?.value ?? "")).toBe("Sổ đăng ký khai sinh\ndự thảo Giấy khai sinh");
  });

  test("the same model and options give the same document", () => {
    expect(toDrawio(procedure, { showOutputs: true })).toBe(
      toDrawio(procedure, { showOutputs: true }),
    );
  });
});
