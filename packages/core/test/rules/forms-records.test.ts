import { describe, expect, test } from "vitest";
import { step } from "./support/builders.js";
import { line, reasons, runRule } from "./support/run-rule.js";

const forms = [
  {
    code: "BM01",
    name: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
    source: "Mẫu 01, Thông tư 03/2025/TT-VPCP",
  },
  {
    code: "BM02",
    name: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
    source: "Mẫu 02, Thông tư 03/2025/TT-VPCP",
  },
];

describe("form-defined", () => {
  test("defined codes in any spelling, form names and results pass", () => {
    const steps = [
      step("B1", {
        outputs: ["BM 01", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "Giấy khai sinh", "Tờ khai"],
      }),
    ];
    expect(reasons("form-defined", { steps, forms })).toEqual({ vi: [], en: [] });
  });

  test("an undefined code-like output is reported in both languages", () => {
    const steps = [step("B1", { outputs: ["BM03", "QT.ISO-22-BM05", "Mẫu số 04"] })];
    expect(reasons("form-defined", { steps, forms })).toEqual({
      vi: [
        "Bước `B1` dùng biểu mẫu `BM03` nhưng mục Biểu mẫu không có mã này",
        "Bước `B1` dùng biểu mẫu `QT.ISO-22-BM05` nhưng mục Biểu mẫu không có mã này",
        "Bước `B1` dùng biểu mẫu `Mẫu số 04` nhưng mục Biểu mẫu không có mã này",
      ],
      en: [
        "Step `B1` uses form `BM03`, which the forms section does not define",
        "Step `B1` uses form `QT.ISO-22-BM05`, which the forms section does not define",
        "Step `B1` uses form `Mẫu số 04`, which the forms section does not define",
      ],
    });
  });

  test("suggests the form whose source is the written template, or a close code", () => {
    const steps = [step("B1", { outputs: ["Mẫu 02", "BM011"], place: line(12) })];
    expect(
      runRule("form-defined", { steps, forms }).map((d) => [
        d.expected,
        d.actual,
        d.place?.start.line,
      ]),
    ).toEqual([
      ["BM02", "Mẫu 02", 12],
      ["BM01", "BM011", 12],
    ]);
  });

  test("without positions the diagnostic has no place", () => {
    const [diagnostic] = runRule("form-defined", { steps: [step("B1", { outputs: ["BM09"] })] });
    expect(diagnostic?.place).toBeUndefined();
    expect(diagnostic?.expected).toBeUndefined();
  });
});

describe("form-used", () => {
  test("forms listed by a step, by name or named in a step's notes pass", () => {
    const steps = [
      step("B1", { outputs: ["BM01"] }),
      step("B2", { notes: "Lập BM02 khi hồ sơ chưa đủ" }),
    ];
    expect(reasons("form-used", { steps, forms })).toEqual({ vi: [], en: [] });
  });

  test("an unused form is reported with a fix", () => {
    const steps = [step("B1", { outputs: ["BM01"], notes: "Xem BM021" })];
    expect(reasons("form-used", { steps, forms })).toEqual({
      vi: ["Biểu mẫu `BM02` không được bước nào sử dụng"],
      en: ["Form `BM02` is not used by any step"],
    });
    expect(runRule("form-used", { steps, forms }, { lang: "en" })[0]?.expected).toBe(
      "Write `BM02` in the forms/results column of the step that uses it, or remove the form",
    );
  });

  test("points at the form's row, and has no place without one", () => {
    const placed = [
      { code: "BM01", name: "Giấy tiếp nhận" },
      { code: "BM02", name: "Phiếu yêu cầu bổ sung", place: line(70) },
    ];
    expect(
      runRule("form-used", { steps: [step("B1", { outputs: ["BM01"] })], forms: placed })[0]?.place,
    ).toEqual(line(70));
    expect(
      runRule("form-used", { steps: [step("B1", { outputs: ["BM01"] })], forms })[0]?.place,
    ).toBeUndefined();
  });
});

describe("record-keeper-retention", () => {
  test("records with keeper and retention pass", () => {
    expect(
      reasons("record-keeper-retention", {
        records: [{ name: "Sổ", keeper: "A", retention: "Vĩnh viễn" }],
      }),
    ).toEqual({ vi: [], en: [] });
  });

  test("a missing keeper and a missing retention are two diagnostics", () => {
    expect(
      reasons("record-keeper-retention", {
        records: [{ name: "Sổ đăng ký khai sinh", keeper: " " }],
      }),
    ).toEqual({
      vi: [
        "Hồ sơ `Sổ đăng ký khai sinh` chưa ghi trách nhiệm lưu",
        "Hồ sơ `Sổ đăng ký khai sinh` chưa ghi thời gian lưu",
      ],
      en: [
        "Record `Sổ đăng ký khai sinh` has no keeper",
        "Record `Sổ đăng ký khai sinh` has no retention period",
      ],
    });
  });

  test("points at the record's row, and has no place without one", () => {
    expect(
      runRule("record-keeper-retention", {
        records: [{ name: "Sổ", keeper: "A", place: line(80) }],
      })[0]?.place,
    ).toEqual(line(80));
    expect(
      runRule("record-keeper-retention", { records: [{ name: "Sổ", keeper: "A" }] })[0]?.place,
    ).toBeUndefined();
  });
});
