import { describe, expect, test } from "vitest";
import { IsoDateSchema } from "../../src/model/document-control.js";
import { DurationSchema } from "../../src/model/duration.js";
import { LegalDocumentSchema } from "../../src/model/legal-document.js";
import { ProcedureSchema } from "../../src/model/procedure.js";
import { StepSchema } from "../../src/model/step.js";

describe("ProcedureSchema", () => {
  test("fills in the defaults of a procedure that has only its code and title", () => {
    expect(
      ProcedureSchema.parse({ control: { code: "QT-01", title: "Đăng ký khai sinh" } }),
    ).toEqual({
      control: { code: "QT-01", title: "Đăng ký khai sinh", revisions: [], language: "vi" },
      purpose: [],
      scope: [],
      references: [],
      legalBasis: [],
      definitions: [],
      responsibilities: [],
      steps: [],
      forms: [],
      records: [],
      extraSections: [],
    });
  });

  test("fills in a step's outputs and branches", () => {
    expect(
      StepSchema.parse({ id: "B1", kind: "process", action: "Tiếp nhận", actors: [] }),
    ).toEqual({
      id: "B1",
      kind: "process",
      action: "Tiếp nhận",
      actors: [],
      outputs: [],
      branches: [],
    });
  });

  test("rejects a step without an id", () => {
    expect(StepSchema.safeParse({ id: "", kind: "process", action: "x", actors: [] }).success).toBe(
      false,
    );
  });
});

describe("dates in the model", () => {
  test.each([
    ["2024-02-29", true],
    ["2026-02-28", true],
    ["2026-02-30", false],
    ["2025-02-29", false],
    ["2026-04-31", false],
    ["15/11/2015", false],
  ])("IsoDateSchema accepts %s: %s", (date, ok) => {
    expect(IsoDateSchema.safeParse(date).success).toBe(ok);
  });

  test("a legal document with an impossible effective date is rejected", () => {
    expect(LegalDocumentSchema.safeParse({ text: "x", effectiveDate: "2026-02-30" }).success).toBe(
      false,
    );
  });

  test("a same-day cut-off must be written HH:MM", () => {
    const results = ["15:00", "15h", "3:00"].map(
      (cutoff) =>
        DurationSchema.safeParse({ text: "Trong ngày", kind: "same-day", cutoff }).success,
    );
    expect(results).toEqual([true, false, false]);
  });

  test("a duration amount cannot be negative", () => {
    expect(
      DurationSchema.safeParse({ text: "-1 giờ", kind: "amount", amount: -1, unit: "hour" })
        .success,
    ).toBe(false);
  });
});
