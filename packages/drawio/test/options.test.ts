import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { labelText, toDrawio } from "../src/index.js";
import { birthRegistration } from "./support/examples.js";
import { testProcedure } from "./support/models.js";
import { htmlText, readDrawio } from "./support/read-drawio.js";
import { edges, lanes, shapes } from "./support/structure.js";

const birth = birthRegistration();

const texts = (xml: string) =>
  readDrawio(xml)
    .cells.filter((cell) => cell.kind !== "root")
    .map((cell) => [cell.id, htmlText(cell.value)] as const);

describe("options", () => {
  test("lang en names the terminals and the lane of steps without an actor in English", () => {
    const procedure = testProcedure([{ id: "B1", action: "Làm" }]);
    const shown = new Map(texts(toDrawio(procedure, { lang: "en" })));
    expect([shown.get("start"), shown.get("end"), shown.get("lane-1")]).toEqual([
      "Start",
      "End",
      "No responsible unit",
    ]);
    const vi = new Map(texts(toDrawio(procedure)));
    expect([vi.get("start"), vi.get("end"), vi.get("lane-1")]).toEqual([
      "Bắt đầu",
      "Kết thúc",
      "Chưa rõ trách nhiệm",
    ]);
  });

  test("lanes: false draws no swimlane and puts every shape on the default layer", () => {
    const drawing = readDrawio(toDrawio(birth, { lanes: false }));
    expect(lanes(drawing)).toEqual([]);
    expect(new Set(shapes(drawing).map((cell) => cell.parent))).toEqual(new Set(["1"]));
  });

  test("showDurations: false leaves the durations out", () => {
    const shown = new Map(texts(toDrawio(birth, { showDurations: false })));
    expect(shown.get("step-2")).toBe("B2. Kiểm tra hồ sơ đầy đủ, hợp lệ?");
  });

  test("showOutputs draws one document shape per step with outputs, linked by a dashed arrow", () => {
    const drawing = readDrawio(toDrawio(birth, { showOutputs: true }));
    const documents = shapes(drawing).filter((cell) => cell.id.startsWith("output-"));
    expect(documents.map((cell) => [cell.id, htmlText(cell.value)]).sort()).toEqual([
      ["output-1", "Tờ khai"],
      ["output-2", "BM01\nBM02\nBM06"],
      ["output-3", "BM02"],
      ["output-4", "Sổ đăng ký khai sinh\ndự thảo Giấy khai sinh"],
      ["output-5", "Giấy khai sinh"],
      ["output-6", "BM07"],
    ]);
    const links = edges(drawing).filter((cell) => cell.target?.startsWith("output-"));
    expect(links.map((cell) => [cell.source, cell.style.get("dashed")])).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => [`step-${n}`, "1"]),
    );
    expect(shapes(readDrawio(toDrawio(birth))).some((cell) => cell.id.startsWith("output-"))).toBe(
      false,
    );
  });

  test("title names the page and heads the diagram; an empty title leaves the heading out", () => {
    const drawing = readDrawio(toDrawio(birth, { title: "Bài tập 1: <sửa lưu đồ>" }));
    expect(drawing.name).toBe("Bài tập 1: <sửa lưu đồ>");
    expect(htmlText(drawing.byId.get("title")?.value ?? "")).toBe("Bài tập 1: <sửa lưu đồ>");
    const bare = readDrawio(toDrawio(birth, { title: "" }));
    expect(bare.byId.has("title")).toBe(false);
    expect(bare.name).toBe("Lưu đồ");
    expect(readDrawio(toDrawio(birth)).name).toBe("Đăng ký khai sinh");
  });

  test("label overrides replace chosen actions and lane titles, keeping ids and durations", () => {
    const xml = toDrawio(birth, {
      labels: {
        steps: new Map([
          ["B3", "(1) ……………"],
          ["B5", "(2) ……………"],
        ]),
        lanes: new Map([["Chủ tịch UBND xã", "(3) ……………"]]),
      },
    });
    const shown = new Map(texts(xml));
    expect([shown.get("step-3"), shown.get("step-5"), shown.get("lane-4")]).toEqual([
      "B3. (1) ……………\n15 phút",
      "B5. (2) ……………\n1 giờ",
      "(3) ……………",
    ]);
    expect(xml).not.toContain("Ký Giấy khai sinh");
    expect(xml).not.toContain("Hướng dẫn bổ sung");
  });
});

describe("flows the table allows", () => {
  test("an empty procedure is a start joined to an end", () => {
    const drawing = readDrawio(toDrawio(testProcedure([])));
    expect(shapes(drawing).map((cell) => cell.id)).toEqual(["start", "end"]);
    expect(edges(drawing).map((cell) => [cell.source, cell.target])).toEqual([["start", "end"]]);
  });

  test("a table that starts and ends with terminal steps gets no extra terminals", () => {
    const procedure = testProcedure([
      { id: "B0", action: "Tiếp nhận yêu cầu", kind: "start" },
      { id: "B1", action: "Xử lý" },
      { id: "B2", action: "Hoàn thành", kind: "end" },
    ]);
    const drawing = readDrawio(toDrawio(procedure));
    expect(
      shapes(drawing).map((cell) => [cell.id, htmlText(cell.value), cell.style.get("shape")]),
    ).toEqual([
      ["step-1", "Tiếp nhận yêu cầu", "mxgraph.flowchart.terminator"],
      ["step-2", "B1. Xử lý", undefined],
      ["step-3", "Hoàn thành", "mxgraph.flowchart.terminator"],
    ]);
  });

  test("an arrow to a step that does not exist is left out; the rest is drawn", () => {
    const procedure = testProcedure([
      {
        id: "B1",
        action: "Kiểm tra?",
        kind: "decision",
        branches: [
          { label: "Có", target: "B2" },
          { label: "Không", target: "B9" },
        ],
      },
      { id: "B2", action: "Làm" },
    ]);
    const drawing = readDrawio(toDrawio(procedure));
    expect(edges(drawing).map((cell) => [cell.source, cell.target, htmlText(cell.value)])).toEqual([
      ["start", "step-1", ""],
      ["step-1", "step-2", "Có"],
      ["step-2", "end", ""],
    ]);
  });

  test("a step that loops to itself goes round its own side", () => {
    const procedure = testProcedure([
      {
        id: "B1",
        action: "Chờ?",
        kind: "decision",
        branches: [
          { label: "Chưa", target: "B1" },
          { label: "Xong", target: "B2" },
        ],
      },
      { id: "B2", action: "Làm" },
    ]);
    const drawing = readDrawio(toDrawio(procedure));
    const loop = edges(drawing).find(
      (cell) => cell.source === "step-1" && cell.target === "step-1",
    );
    expect(loop?.points).toHaveLength(2);
    expect([loop?.style.get("exitX"), loop?.style.get("entryX")]).toEqual(["1", "1"]);
  });

  test("steps the start cannot reach, looping among themselves, still get rows of their own", () => {
    const procedure = testProcedure([
      { id: "B1", action: "Đầu", branches: [{ target: "END" }] },
      { id: "B2", action: "Mồ côi", branches: [{ target: "B3" }] },
      { id: "B3", action: "Vòng", branches: [{ target: "B2" }] },
    ]);
    const drawing = readDrawio(toDrawio(procedure));
    const top = (id: string) => drawing.byId.get(id)?.box?.y ?? Number.NaN;
    expect(top("step-2")).toBeLessThan(top("step-3"));
    expect(drawing.cells.filter((cell) => cell.kind === "edge")).toHaveLength(4);
  });

  test("any text in actions, actors, branches and title gives a well-formed file that shows it", () => {
    const text = fc.string({ maxLength: 30 }).filter((value) => value.trim() !== "");
    fc.assert(
      fc.property(
        fc.tuple(text, text, text, text, fc.string({ unit: "binary", maxLength: 10 })),
        ([action, actor, label, title, extra]) => {
          const procedure = testProcedure([
            {
              id: "B1",
              action: action + extra,
              kind: "decision",
              actors: [actor],
              branches: [{ label, target: "B2" }, { target: "B1" }],
            },
            { id: "B2", action, actors: [`${actor}2`] },
          ]);
          const drawing = readDrawio(toDrawio(procedure, { title, showOutputs: true }));
          const shown = (id: string) => htmlText(drawing.byId.get(id)?.value ?? "");
          const first = `B1. ${action}${extra}`;
          expect(shown("step-1")).toBe(labelText(first));
          expect(shown("lane-1")).toBe(labelText(actor.normalize("NFC").trim()));
          expect(
            htmlText(edges(drawing).find((cell) => cell.target === "step-2")?.value ?? ""),
          ).toBe(labelText(label));
          expect(drawing.name).toBe(labelText(title).trim() || "Lưu đồ");
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});
