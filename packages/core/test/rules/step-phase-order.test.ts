import { describe, expect, test } from "vitest";
import { step } from "./support/builders.js";
import { line, reasons, runRule } from "./support/run-rule.js";

const RULE = "step-phase-order";

const receive = step("B1", { action: "Tiếp nhận hồ sơ" });
const examine = step("B2", { action: "Thẩm định hồ sơ, trình ký" });
const sign = step("B3", { action: "Ký Giấy khai sinh", actors: ["Chủ tịch UBND xã"] });
const deliver = step("B4", { action: "Trả kết quả, cập nhật sổ theo dõi" });

describe("step-phase-order", () => {
  test("receipt, examination, signature, return of results in order pass", () => {
    expect(reasons(RULE, { steps: [receive, examine, sign, deliver] })).toEqual({ vi: [], en: [] });
  });

  test("returning the result before the signature is reported at the early step", () => {
    const steps = [receive, examine, { ...deliver, id: "B3" }, { ...sign, id: "B4" }];
    expect(reasons(RULE, { steps })).toEqual({
      vi: ["Bước `B3` (trả kết quả) đứng trước bước `B4` (ký duyệt) trong luồng xử lý"],
      en: ["Step `B3` (return of results) comes before step `B4` (signature) in the flow"],
    });
  });

  test("the nearest earlier phase is named, and each early step is reported once", () => {
    const steps = [
      { ...deliver, id: "B1" },
      { ...sign, id: "B2" },
      { ...examine, id: "B3" },
    ];
    expect(reasons(RULE, { steps }).vi).toEqual([
      "Bước `B1` (trả kết quả) đứng trước bước `B2` (ký duyệt) trong luồng xử lý",
      "Bước `B2` (ký duyệt) đứng trước bước `B3` (thẩm định) trong luồng xử lý",
    ]);
  });

  test("only a clause's opening verb counts: 'trình ký' and 'hẹn trả kết quả' open no phase", () => {
    const steps = [
      step("B1", { action: "Tiếp nhận yêu cầu, hẹn trả kết quả" }),
      step("B2", { action: "Ghi sổ, trình ký" }),
      step("B3", { action: "Thẩm định hồ sơ" }),
    ];
    expect(reasons(RULE, { steps })).toEqual({ vi: [], en: [] });
  });

  test("text without diacritics and English actions are read too", () => {
    const steps = [
      step("B1", { action: "Tra ket qua cho nguoi yeu cau" }),
      step("B2", { action: "Sign the certificate" }),
    ];
    expect(reasons(RULE, { steps }).en).toEqual([
      "Step `B1` (return of results) comes before step `B2` (signature) in the flow",
    ]);
  });

  test("a loop back to an earlier phase is not an ordering problem", () => {
    const steps = [
      receive,
      examine,
      step("B3", {
        kind: "decision",
        action: "Phê duyệt hồ sơ?",
        branches: [
          { label: "Đồng ý", target: "B4" },
          { label: "Không", target: "B2" },
        ],
      }),
      deliver,
    ];
    expect(reasons(RULE, { steps })).toEqual({ vi: [], en: [] });
  });

  test("the flow is followed, not the table order: a branch that skips ahead counts", () => {
    const steps = [
      step("B1", { action: "Trả kết quả", branches: [{ target: "B3" }] }),
      step("B2", { action: "Tiếp nhận hồ sơ", branches: [{ target: "END" }] }),
      step("B3", { action: "Xác minh thông tin" }),
    ];
    expect(reasons(RULE, { steps }).vi).toEqual([
      "Bước `B1` (trả kết quả) đứng trước bước `B3` (thẩm định) trong luồng xử lý",
    ]);
  });

  test("the diagnostic points at the step's row with the fix, and has no place without one", () => {
    const steps = [
      { ...deliver, id: "B1", place: line(12) },
      { ...sign, id: "B2" },
    ];
    const [diagnostic] = runRule(RULE, { steps });
    expect(diagnostic?.place).toEqual(line(12));
    expect(diagnostic?.expected).toBe("Đặt bước `B1` sau bước `B2`");
    expect(diagnostic?.actual).toBe("Trả kết quả, cập nhật sổ theo dõi");
    const [bare] = runRule(RULE, {
      steps: [
        { ...deliver, id: "B1" },
        { ...sign, id: "B2" },
      ],
    });
    expect(bare?.place).toBeUndefined();
  });
});
