import { describe, expect, test } from "vitest";
import { line, reasons, runRule } from "./support/run-rule.js";

const control = { code: "QT-01", title: "T", effectiveDate: "2026-03-02" };

describe("review-overdue", () => {
  test("a review within 3 months passes, and so does a procedure without dates", () => {
    const model = { control: { ...control, lastReviewDate: "2026-09-01" } };
    expect(reasons("review-overdue", model, { today: "2026-12-01" })).toEqual({ vi: [], en: [] });
    expect(
      runRule(
        "review-overdue",
        { control: { code: "QT-01", title: "T" } },
        { today: "2030-01-01" },
      ),
    ).toEqual([]);
  });

  test("an old review is reported with its due date, in both languages", () => {
    const model = { control: { ...control, lastReviewDate: "2026-08-31" } };
    expect(reasons("review-overdue", model, { today: "2026-12-01" })).toEqual({
      vi: [
        "Quy trình soát xét lần cuối ngày 31/08/2026, đã quá 3 tháng (hạn soát xét là 30/11/2026)",
      ],
      en: [
        "The procedure was last reviewed on 2026-08-31, more than 3 months ago (the review was due by 2026-11-30)",
      ],
    });
  });

  test("the effective date counts when it is later than the last review; `months` is an option", () => {
    const model = {
      control: {
        ...control,
        lastReviewDate: "2025-01-01",
        fieldPlaces: { effectiveDate: line(8), lastReviewDate: line(9) },
      },
    };
    expect(runRule("review-overdue", model, { today: "2026-05-15" })).toEqual([]);
    const [diagnostic] = runRule("review-overdue", model, {
      today: "2026-05-15",
      options: { months: 2 },
    });
    expect(diagnostic).toMatchObject({
      reason:
        "Quy trình soát xét lần cuối ngày 02/03/2026, đã quá 2 tháng (hạn soát xét là 02/05/2026)",
      place: line(8),
      expected: "Soát xét lại quy trình và ghi ngày soát xét vào `lastReviewDate`",
      actual: "2026-03-02",
    });
  });

  test("without positions the diagnostic has no place", () => {
    expect(
      runRule("review-overdue", { control }, { today: "2027-01-01" })[0]?.place,
    ).toBeUndefined();
  });
});
