import { describe, expect, test } from "vitest";
import { step } from "./support/builders.js";
import { line, reasons, runRule } from "./support/run-rule.js";

const complete = {
  purpose: [{ type: "paragraph" as const, text: "Quy định trình tự." }],
  scope: [{ type: "list" as const, ordered: false, items: [{ text: "Công chức UBND xã" }] }],
  legalBasis: [{ text: "Luật số 60/2014/QH13" }],
  responsibilities: [{ actor: "Công chức TTPVHCC", duty: "Tiếp nhận" }],
  steps: [step("B1")],
  forms: [{ code: "BM01", name: "Giấy tiếp nhận" }],
  records: [{ name: "Sổ theo dõi", keeper: "Công chức TTPVHCC", retention: "05 năm" }],
};

describe("section-required", () => {
  test("a procedure with every required section passes", () => {
    expect(reasons("section-required", complete)).toEqual({ vi: [], en: [] });
  });

  test("each missing section is one diagnostic, in both languages", () => {
    const { forms, records, ...rest } = complete;
    expect(reasons("section-required", rest)).toEqual({
      vi: ["Thiếu mục `Biểu mẫu`", "Thiếu mục `Hồ sơ cần lưu`"],
      en: ["Missing section `Forms`", "Missing section `Records`"],
    });
  });

  test("a present but empty section points at its heading", () => {
    const diagnostics = runRule("section-required", {
      ...complete,
      purpose: [{ type: "paragraph", text: "  " }],
      sectionPlaces: { purpose: line(7) },
    });
    expect(diagnostics).toEqual([
      {
        ruleId: "section-required",
        source: "quytrinh-core",
        severity: "error",
        reason: "Mục `Mục đích` không có nội dung",
        place: line(7),
        url: "docs/rules/section-required.md",
      },
    ]);
  });

  test("a missing section has no position and suggests its heading", () => {
    const { scope, ...rest } = complete;
    expect(runRule("section-required", rest)).toEqual([
      {
        ruleId: "section-required",
        source: "quytrinh-core",
        severity: "error",
        reason: "Thiếu mục `Phạm vi áp dụng`",
        expected: "Phạm vi áp dụng",
        url: "docs/rules/section-required.md",
      },
    ]);
  });

  test("a missing section points at the next section present, where it belongs", () => {
    const { forms, ...rest } = complete;
    const diagnostics = runRule(
      "section-required",
      { ...rest, sectionPlaces: { steps: line(40), records: line(90) } },
      { lang: "en" },
    );
    expect(diagnostics).toEqual([
      {
        ruleId: "section-required",
        source: "quytrinh-core",
        severity: "error",
        reason: "Missing section `Forms`",
        place: line(90),
        expected: "Forms",
        note: "Add it before section `Records`",
        url: "docs/rules/section-required.md",
      },
    ]);
  });

  test("the `sections` option chooses the required sections", () => {
    const diagnostics = runRule(
      "section-required",
      { steps: [step("B1")] },
      { options: { sections: ["steps", "definitions"] } },
    );
    expect(diagnostics.map((diagnostic) => diagnostic.reason)).toEqual([
      "Thiếu mục `Định nghĩa / Viết tắt`",
    ]);
  });
});

describe("document-control-complete", () => {
  const control = {
    code: "QT-HT-01",
    title: "Đăng ký khai sinh",
    issue: "01",
    effectiveDate: "2026-03-02",
    preparedBy: { name: "A", position: "Công chức" },
    reviewedBy: { name: "B", position: "Phó Chủ tịch" },
    approvedBy: { name: "C", position: "Chủ tịch" },
  };

  test("complete document control passes", () => {
    expect(reasons("document-control-complete", { control })).toEqual({ vi: [], en: [] });
  });

  test("each missing field is one diagnostic, in both languages", () => {
    const { approvedBy, ...rest } = control;
    expect(reasons("document-control-complete", { control: { ...rest, code: "" } })).toEqual({
      vi: [
        "Thiếu `Mã số` trong phần kiểm soát tài liệu (trường `code`)",
        "Thiếu `Họ tên người phê duyệt` trong phần kiểm soát tài liệu (trường `approvedBy.name`)",
        "Thiếu `Chức vụ người phê duyệt` trong phần kiểm soát tài liệu (trường `approvedBy.position`)",
      ],
      en: [
        "Missing `Code` in document control (field `code`)",
        "Missing `Name of the approver` in document control (field `approvedBy.name`)",
        "Missing `Position of the approver` in document control (field `approvedBy.position`)",
      ],
    });
  });

  test("points at the field, else its parent, else the front matter", () => {
    const diagnostics = runRule("document-control-complete", {
      control: {
        ...control,
        issue: "",
        reviewedBy: { name: "B" },
        approvedBy: {},
        place: line(1),
        fieldPlaces: { issue: line(5), reviewedBy: line(8) },
      },
    });
    expect(
      diagnostics.map((diagnostic) => [diagnostic.reason, diagnostic.place?.start.line]),
    ).toEqual([
      [
        "Thiếu `Họ tên người phê duyệt` trong phần kiểm soát tài liệu (trường `approvedBy.name`)",
        1,
      ],
      [
        "Thiếu `Chức vụ người phê duyệt` trong phần kiểm soát tài liệu (trường `approvedBy.position`)",
        1,
      ],
      ["Thiếu `Lần ban hành` trong phần kiểm soát tài liệu (trường `issue`)", 5],
      [
        "Thiếu `Chức vụ người soát xét` trong phần kiểm soát tài liệu (trường `reviewedBy.position`)",
        8,
      ],
    ]);
  });

  test("without positions the diagnostics have no place", () => {
    const diagnostics = runRule("document-control-complete", {
      control: { ...control, issue: undefined },
    });
    expect(diagnostics).toEqual([
      {
        ruleId: "document-control-complete",
        source: "quytrinh-core",
        severity: "error",
        reason: "Thiếu `Lần ban hành` trong phần kiểm soát tài liệu (trường `issue`)",
        url: "docs/rules/document-control-complete.md",
      },
    ]);
  });
});

describe("tthc-details-complete", () => {
  const tthc = {
    dossier: [{ name: "Tờ khai" }],
    processingTime: { text: "Trong ngày", kind: "same-day" as const },
    receiptPlace: "Trung tâm Phục vụ hành chính công xã",
    fee: "Miễn",
  };

  test("a complete TTHC passes, and an internal procedure is not checked", () => {
    expect(reasons("tthc-details-complete", { tthc })).toEqual({ vi: [], en: [] });
    expect(reasons("tthc-details-complete", {})).toEqual({ vi: [], en: [] });
  });

  test("a TTHC code alone makes the procedure a TTHC", () => {
    expect(
      reasons("tthc-details-complete", {
        control: { code: "QT-01", title: "T", tthcCode: "1.001193" },
      }),
    ).toEqual({
      vi: [
        "Thủ tục hành chính thiếu `Thành phần hồ sơ`",
        "Thủ tục hành chính thiếu `Thời gian xử lý`",
        "Thủ tục hành chính thiếu `Nơi tiếp nhận và trả kết quả`",
        "Thủ tục hành chính thiếu `Lệ phí`",
      ],
      en: [
        "The administrative procedure lacks `Dossier`",
        "The administrative procedure lacks `Processing time`",
        "The administrative procedure lacks `Place of receipt and return`",
        "The administrative procedure lacks `Fee`",
      ],
    });
  });

  test("points at the empty subsection, else at the TTHC details", () => {
    const diagnostics = runRule("tthc-details-complete", {
      tthc: { ...tthc, fee: " ", receiptPlace: undefined, place: line(40) },
      sectionPlaces: { fee: line(60) },
    });
    expect(diagnostics.map((diagnostic) => diagnostic.place?.start.line)).toEqual([40, 60]);
  });

  test("without positions the diagnostic has no place", () => {
    const diagnostics = runRule("tthc-details-complete", { tthc: { ...tthc, fee: undefined } });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.place).toBeUndefined();
  });
});
