import { describe, expect, test } from "vitest";
import { step } from "./support/builders.js";
import { line, reasons, runRule } from "./support/run-rule.js";

const ID = "placeholder-unfilled";

describe("placeholder-unfilled", () => {
  test("filled text, single brackets and other double brackets pass", () => {
    const steps = [step("B1", { action: "Ghi [[BM01]] và [điền: tên]", notes: "Trả kết quả" })];
    expect(reasons(ID, { steps, scope: [{ type: "paragraph", text: "Công dân" }] })).toEqual({
      vi: [],
      en: [],
    });
  });

  test("each blank is reported with the placeholder quoted, in both languages", () => {
    const steps = [step("B1", { actors: ["[[điền: bộ phận chuyên môn]]"] })];
    const control = { code: "[[fill in: code]]", title: "Ví dụ" };
    expect(reasons(ID, { control, steps })).toEqual({
      vi: [
        "Chưa điền nội dung vào chỗ đánh dấu `[[fill in: code]]`",
        "Chưa điền nội dung vào chỗ đánh dấu `[[điền: bộ phận chuyên môn]]`",
      ],
      en: [
        "The marked blank `[[fill in: code]]` is not filled in yet",
        "The marked blank `[[điền: bộ phận chuyên môn]]` is not filled in yet",
      ],
    });
  });

  test("two blanks in one text are two diagnostics, with the fix and the offending text", () => {
    const purpose = [{ type: "paragraph" as const, text: "[[điền: a]] và [[ ĐIỀN :b ]]" }];
    expect(runRule(ID, { purpose }).map((d) => [d.actual, d.expected])).toEqual([
      ["[[điền: a]]", "Thay cả cụm `[[…]]` bằng nội dung thật: a"],
      ["[[ ĐIỀN :b ]]", "Thay cả cụm `[[…]]` bằng nội dung thật: b"],
    ]);
  });

  test("a blank in a legal citation is reported once, not again in its parsed title", () => {
    const legalBasis = [
      {
        text: "Luật số 60/2014/QH13 ngày 20/11/2014 của Quốc hội về [[điền: trích yếu]]",
        type: "Luật",
        title: "về [[điền: trích yếu]]",
      },
    ];
    expect(runRule(ID, { legalBasis }).map((d) => d.actual)).toEqual(["[[điền: trích yếu]]"]);
  });

  test("decomposed (NFD) Vietnamese is recognised", () => {
    const scope = [{ type: "paragraph" as const, text: "[[điền: đối tượng]]".normalize("NFD") }];
    expect(runRule(ID, { scope }).map((d) => d.actual)).toEqual(["[[điền: đối tượng]]"]);
  });

  test("points at the front-matter field, the step row, the paragraph and the section heading", () => {
    const diagnostics = runRule(ID, {
      control: {
        code: "QT-01",
        title: "Ví dụ",
        approvedBy: { name: "[[điền: họ tên]]" },
        fieldPlaces: { "approvedBy.name": line(9) },
      },
      purpose: [{ type: "paragraph", text: "[[điền: mục đích]]", place: line(20) }],
      steps: [step("B2", { notes: "[[điền: cách làm]]", place: line(40) })],
      tthc: { fee: "[[điền: lệ phí]]", place: line(30) },
      sectionPlaces: { fee: line(33) },
    });
    expect(diagnostics.map((d) => [d.actual, d.place?.start.line])).toEqual([
      ["[[điền: họ tên]]", 9],
      ["[[điền: mục đích]]", 20],
      ["[[điền: lệ phí]]", 33],
      ["[[điền: cách làm]]", 40],
    ]);
  });

  test("a TTHC field without its own heading is placed at the TTHC block", () => {
    const [diagnostic] = runRule(ID, { tthc: { sets: "[[điền: số bộ]]", place: line(30) } });
    expect(diagnostic?.place?.start.line).toBe(30);
  });

  test("without positions the diagnostic has no place", () => {
    const [diagnostic] = runRule(ID, { steps: [step("B1", { action: "[[điền: việc]]" })] });
    expect(diagnostic?.place).toBeUndefined();
    expect(diagnostic?.severity).toBe("error");
  });
});
