import { END } from "@quytrinh/core";
import { describe, expect, test } from "vitest";
import { configHeader } from "../src/config-header.js";
import { MAX_EDGES, MAX_TEXT_SIZE, SWIMLANE_MAX_STEPS, toMermaid } from "../src/index.js";
import { khaiSinh, procedureWith } from "./support/models.js";

/** The diagram without its front matter. */
const body = (text: string) =>
  text
    .split("\n")
    .slice(configHeader({ lanes: "swimlane", labels: "html" }).length)
    .join("\n");

describe("toMermaid", () => {
  test("draws the birth registration in lanes per actor by default", () => {
    const { text, diagnostics } = toMermaid(khaiSinh);
    expect(diagnostics).toEqual([]);
    expect(text).toMatchInlineSnapshot(`
      "---
      config:
        theme: neutral
        look: classic
        layout: swimlane
        fontFamily: '"Times New Roman", "Liberation Serif", serif'
      ---
      swimlane-beta TD
        subgraph lane1["Người yêu cầu"]
          b0(["Bắt đầu"])
          n1["B1. Nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến"]
        end
        subgraph lane2["Công chức TTPVHCC"]
          n2{"B2. Kiểm tra hồ sơ đầy đủ, hợp lệ?<br>30 phút"}
          n3["B3. Hướng dẫn bổ sung, hoàn thiện hồ sơ<br>15 phút"]
          n6["B6. Trả kết quả, cập nhật sổ theo dõi<br>30 phút"]
          k0(["Kết thúc"])
        end
        subgraph lane3["Công chức Tư pháp – Hộ tịch"]
          n4["B4. Thẩm định hồ sơ, ghi Sổ đăng ký khai sinh và cập nhật CSDL hộ tịch điện tử<br>2 giờ"]
        end
        subgraph lane4["Chủ tịch UBND xã"]
          n5["B5. Ký Giấy khai sinh<br>1 giờ"]
        end
        b0 --> n1
        n1 --> n2
        n2 -->|"Đủ"| n4
        n2 -->|"Chưa đủ"| n3
        n3 --> n1
        n4 --> n5
        n5 --> n6
        n6 --> k0
      "
    `);
  });

  test("without lanes, shows actors in the boxes and pins the dagre layout", () => {
    const { text } = toMermaid(khaiSinh, { lanes: "none", direction: "LR" });
    expect(text).toContain("  layout: dagre\n");
    expect(text).toContain("\nflowchart LR\n");
    expect(text).not.toContain("subgraph");
    expect(text).toContain('n5["B5. Ký Giấy khai sinh<br>Chủ tịch UBND xã<br>1 giờ"]');
  });

  test("group mode puts each actor's steps in a plain subgraph", () => {
    const { text } = toMermaid(khaiSinh, { lanes: "group" });
    expect(text).toContain("\nflowchart TD\n");
    expect(text).toContain(
      '  subgraph lane4["Chủ tịch UBND xã"]\n    n5["B5. Ký Giấy khai sinh<br>1 giờ"]\n  end',
    );
  });

  test("draws outputs as document shapes joined to their step by a dotted line", () => {
    const { text } = toMermaid(khaiSinh, { showOutputs: true, showDurations: false });
    expect(text).toContain('    f5@{ shape: doc, label: "Giấy khai sinh" }');
    expect(text).toContain('    f2@{ shape: docs, label: "BM01<br>BM02<br>BM06" }');
    expect(text).toContain("  n5 -.- f5\n");
    expect(text).toContain('n5["B5. Ký Giấy khai sinh"]');
  });

  test("writes terminals and diagnostics in English on request", () => {
    const { text } = toMermaid(khaiSinh, { lang: "en" });
    expect(text).toContain('b0(["Start"])');
    expect(text).toContain('k0(["End"])');
  });

  test("uses a step of kind start or end as the terminal instead of adding one", () => {
    const procedure = procedureWith([
      { id: "S", kind: "start", action: "Nhận yêu cầu" },
      { id: "A", action: "Xử lý" },
      { id: "E", kind: "end", action: "Lưu hồ sơ" },
    ]);
    expect(body(toMermaid(procedure, { lanes: "none" }).text)).toBe(
      [
        "flowchart TD",
        '  n1(["Nhận yêu cầu"])',
        '  n2["A. Xử lý"]',
        '  n3(["Lưu hồ sơ"])',
        "  n1 --> n2",
        "  n2 --> n3",
        "",
      ].join("\n"),
    );
  });

  test("never uses user text as a node id, even a step called end", () => {
    const procedure = procedureWith([
      { id: "end", action: "a", branches: [{ target: 'x"y' }, { label: "Có", target: END }] },
      { id: 'x"y', action: "b" },
    ]);
    const { text } = toMermaid(procedure, { lanes: "none" });
    expect(body(text)).toBe(
      [
        "flowchart TD",
        '  b0(["Bắt đầu"])',
        '  n1["end. a"]',
        '  n2["x#quot;y. b"]',
        '  k0(["Kết thúc"])',
        "  b0 --> n1",
        "  n1 --> n2",
        '  n1 -->|"Có"| k0',
        "  n2 --> k0",
        "",
      ].join("\n"),
    );
  });

  test("reports a branch to a step that does not exist and leaves the arrow out", () => {
    const procedure = procedureWith([
      {
        id: "B1",
        action: "a",
        branches: [{ target: "B9" }],
        place: { start: { line: 40, column: 1 }, end: { line: 40, column: 30 } },
      },
    ]);
    const { text, diagnostics } = toMermaid(procedure, { lanes: "none" });
    expect(text).not.toContain("B9");
    expect(diagnostics).toEqual([
      {
        ruleId: "flowchart-unknown-target",
        source: "quytrinh-mermaid",
        severity: "warning",
        reason: "Bước `B1` chuyển tới `B9`, nhưng không có bước nào như vậy",
        expected: "Sửa cột Chuyển tiếp thành mã của một bước có trong bảng, hoặc `Kết thúc`",
        actual: "B9",
        place: { start: { line: 40, column: 1 }, end: { line: 40, column: 30 } },
      },
    ]);
  });

  test("draws an empty procedure as start then end", () => {
    expect(body(toMermaid(procedureWith([])).text)).toBe(
      'flowchart TD\n  b0(["Bắt đầu"])\n  k0(["Kết thúc"])\n  b0 --> k0\n',
    );
  });

  test("puts steps without an actor in one lane that says so", () => {
    const { text } = toMermaid(procedureWith([{ id: "B1", action: "a" }]));
    expect(text).toContain('subgraph lane1["Chưa rõ trách nhiệm"]');
  });

  test("gives the same text for the same model every time", () => {
    expect(toMermaid(structuredClone(khaiSinh)).text).toBe(toMermaid(khaiSinh).text);
  });
});

describe("over-size diagrams", () => {
  test("more arrows than Mermaid draws gives an error diagnostic and no text", () => {
    const steps = Array.from({ length: MAX_EDGES }, (_, i) => ({ id: `B${i + 1}`, action: "x" }));
    const { text, diagnostics } = toMermaid(procedureWith(steps), { lanes: "none" });
    expect(text).toBe("");
    expect(diagnostics).toEqual([
      {
        ruleId: "flowchart-too-large",
        source: "quytrinh-mermaid",
        severity: "error",
        reason: "Lưu đồ có quá nhiều mũi tên: 501, Mermaid chỉ vẽ được tối đa 500",
        expected: "Tách quy trình thành các quy trình con nhỏ hơn (khoảng 12 bước mỗi lưu đồ)",
        actual: "501",
      },
    ]);
  });

  test("text longer than Mermaid accepts gives an error diagnostic in the chosen language", () => {
    const steps = Array.from({ length: 100 }, (_, i) => ({
      id: `B${i + 1}`,
      action: "ô".repeat(600),
    }));
    const { text, diagnostics } = toMermaid(procedureWith(steps), { lang: "en" });
    expect(text).toBe("");
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ["flowchart-too-large", "error"],
    ]);
    expect(diagnostics[0]?.reason).toMatch(
      new RegExp(`^Flowchart too large: \\d+ characters, Mermaid draws at most ${MAX_TEXT_SIZE}$`),
    );
  });
});

describe("swimlane fallback", () => {
  test("a step that loops to itself is drawn in groups, since swimlanes cannot draw it", () => {
    const procedure = procedureWith([
      {
        id: "B1",
        kind: "decision",
        action: "Chờ",
        branches: [
          { label: "Chưa", target: "B1" },
          { label: "Xong", target: "END" },
        ],
      },
    ]);
    const { text, diagnostics } = toMermaid(procedure);
    expect(text).toContain("\nflowchart TD\n");
    expect(text).toContain('  n1 -->|"Chưa"| n1\n');
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.actual])).toEqual([
      ["flowchart-swimlane-self-loop", "info", "B1"],
    ]);
  });
});

describe("automatic lanes", () => {
  const steps = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `B${i + 1}`,
      action: "x",
      actors: [`Bộ phận ${i % 3}`],
    }));

  test(`up to ${SWIMLANE_MAX_STEPS} steps are drawn in swimlanes`, () => {
    expect(toMermaid(procedureWith(steps(SWIMLANE_MAX_STEPS))).text).toContain(
      "\nswimlane-beta TD\n",
    );
  });

  test("a longer procedure is drawn without lanes, actors in the boxes, since swimlanes get slow", () => {
    const { text } = toMermaid(procedureWith(steps(SWIMLANE_MAX_STEPS + 1)));
    expect(text).toContain("\nflowchart TD\n");
    expect(text).toContain('  n13["B13. x<br>Bộ phận 0"]\n');
  });

  test("when auto chose swimlanes, the same chart in group lanes comes along as the fallback", () => {
    const { text, fallback } = toMermaid(khaiSinh);
    expect(text).toContain("\nswimlane-beta TD\n");
    expect(fallback).toBe(toMermaid(khaiSinh, { lanes: "group" }).text);
    expect(fallback).toContain("\nflowchart TD\n");
  });

  test("lanes asked for by name, or no lanes, come without a fallback", () => {
    expect(toMermaid(khaiSinh, { lanes: "swimlane" }).fallback).toBeUndefined();
    expect(toMermaid(khaiSinh, { lanes: "group" }).fallback).toBeUndefined();
    expect(toMermaid(procedureWith(steps(SWIMLANE_MAX_STEPS + 1))).fallback).toBeUndefined();
  });
});
