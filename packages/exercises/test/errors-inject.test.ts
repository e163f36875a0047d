import { ProcedureSchema, validate } from "@quytrinh/core";
import { fromMarkdown, stripPlaces, toMarkdown } from "@quytrinh/markdown";
import { describe, expect, test } from "vitest";
import {
  applicableDefectKinds,
  DEFECT_KINDS,
  errorsProblems,
  type InjectedDefect,
  injectDefects,
} from "../src/index.js";
import { EXAMPLES, KHAI_SINH, procedureOf } from "./support/examples.js";

const lineOf = (markdown: string, defect: InjectedDefect) =>
  markdown.split("\n")[(defect.place?.start.line ?? 0) - 1] ?? "";

describe("injectDefects", () => {
  test("the same seed gives a deep-equal result; other seeds give other exercises", () => {
    const first = injectDefects(KHAI_SINH, { seed: 42 });
    expect(injectDefects(KHAI_SINH, { seed: 42 })).toEqual(first);
    const others = [1, 2, 3, 4, 5].map((seed) => injectDefects(KHAI_SINH, { seed }).defects);
    expect(new Set(others.map((defects) => JSON.stringify(defects))).size).toBeGreaterThan(3);
  });

  test("the original procedure is left untouched", () => {
    const before = structuredClone(KHAI_SINH);
    injectDefects(KHAI_SINH, { seed: 9, count: 6 });
    expect(KHAI_SINH).toEqual(before);
  });

  test("gives 5 defects by default and the count asked for, each of a different kind", () => {
    expect(injectDefects(KHAI_SINH, { seed: 1 }).defects).toHaveLength(5);
    for (const count of [1, 3, 7]) {
      const kinds = injectDefects(KHAI_SINH, { seed: count, count }).defects.map((d) => d.kind);
      expect(kinds).toHaveLength(count);
      expect(new Set(kinds).size).toBe(count);
    }
  });

  test("never puts two defects on the same step, record or line", () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { defects } = injectDefects(KHAI_SINH, { seed, count: 7 });
      const steps = defects.flatMap((defect) => (defect.stepId ? [defect.stepId] : []));
      expect(new Set(steps).size).toBe(steps.length);
      const lines = defects.map((defect) => defect.place?.start.line);
      expect(new Set(lines).size).toBe(defects.length);
    }
  });

  test("chooses only among the kinds asked for", () => {
    const kinds = ["actor-missing", "record-incomplete"] as const;
    for (const seed of [1, 2, 3]) {
      const { defects } = injectDefects(KHAI_SINH, { seed, count: 2, kinds });
      expect(defects.map((defect) => defect.kind).sort()).toEqual([...kinds]);
    }
  });

  test("the copy is a valid procedure whose Markdown reads back to itself", () => {
    for (const { procedure } of EXAMPLES) {
      const injected = injectDefects(procedure, { seed: 11 }).procedure;
      expect(ProcedureSchema.parse(injected)).toEqual(injected);
      const markdown = toMarkdown(injected);
      const again = fromMarkdown(markdown);
      expect(again.diagnostics).toEqual([]);
      expect(toMarkdown(again.procedure)).toBe(markdown);
      expect(stripPlaces(again.procedure)).toEqual(stripPlaces(injected));
    }
  });

  test("each defect's place is the line of the defective Markdown that holds it", () => {
    for (const seed of [1, 2, 3, 4]) {
      const { procedure, defects } = injectDefects(KHAI_SINH, { seed, count: 7 });
      const markdown = toMarkdown(procedure);
      for (const defect of defects) {
        const line = lineOf(markdown, defect);
        if (defect.stepId) expect(line).toMatch(new RegExp(`^\\| ${defect.stepId} +\\|`, "u"));
        if (defect.kind === "legal-superseded") expect(line).toMatch(/^- .*\d+\/\d{4}\//u);
        if (defect.kind === "record-incomplete") expect(line).toMatch(/^\| /u);
      }
    }
  });

  test("a time defect sits at its step and is reported at section 5.5", () => {
    const { procedure, defects } = injectDefects(KHAI_SINH, {
      seed: 2,
      count: 1,
      kinds: ["time-over-limit"],
    });
    const [defect] = defects;
    const markdown = toMarkdown(procedure).split("\n");
    expect(markdown[(defect?.reportedAt?.start.line ?? 0) - 1]).toBe("### 5.5. Thời gian xử lý");
    expect(defect?.where).toBe(
      `Bước ${defect?.stepId} (cột Thời gian), đối chiếu Mục 5.5. Thời gian xử lý`,
    );
    const step = procedure.steps.find((candidate) => candidate.id === defect?.stepId);
    expect(step?.duration).toMatchObject({ kind: "amount", unit: "day" });
  });

  test("a wrong actor is a district body the two-tier reform dissolved, never the applicant", () => {
    const picks = Array.from({ length: 12 }, (_, index) => index + 1).map((seed) => {
      const { procedure, defects } = injectDefects(KHAI_SINH, {
        seed,
        count: 1,
        kinds: ["actor-undefined"],
      });
      const step = procedure.steps.find((candidate) => candidate.id === defects[0]?.stepId);
      return { id: step?.id, actor: step?.actors[0] ?? "" };
    });
    for (const { actor } of picks) expect(actor).toMatch(/huyện/u);
    expect(picks.map((pick) => pick.actor)).toContain("Chủ tịch UBND huyện");
    expect(picks.map((pick) => pick.id)).not.toContain("B1");
  });

  test("a superseded document replaces the current one it was replaced by", () => {
    const { procedure, defects } = injectDefects(KHAI_SINH, {
      seed: 1,
      count: 1,
      kinds: ["legal-superseded"],
    });
    const numbers = procedure.legalBasis.map((citation) => citation.number);
    const original = KHAI_SINH.legalBasis.map((citation) => citation.number);
    expect(numbers).toHaveLength(original.length);
    const changed = numbers.filter((number, index) => number !== original[index]);
    expect(changed).toHaveLength(1);
    expect(["61/2018/NĐ-CP", "107/2021/NĐ-CP", "01/2018/TT-VPCP"]).toContain(changed[0]);
    expect(defects[0]?.fix).toMatch(/^Thay bằng: «(Nghị định số 118\/2025|Thông tư số 03\/2025)/u);
  });

  test("a superseded document is added when the procedure cites none of the replacements", () => {
    const procedure = { ...KHAI_SINH, legalBasis: KHAI_SINH.legalBasis.slice(0, 3) };
    const { procedure: copy, defects } = injectDefects(procedure, {
      seed: 1,
      count: 1,
      kinds: ["legal-superseded"],
    });
    expect(copy.legalBasis).toHaveLength(4);
    expect(defects[0]?.where).toBe("Mục 5.1. Cơ sở pháp lý, văn bản thứ 4");
  });

  test("the out-of-order defect swaps two steps that follow each other, ids kept", () => {
    const { procedure, defects } = injectDefects(KHAI_SINH, {
      seed: 5,
      count: 1,
      kinds: ["step-out-of-order"],
    });
    expect(procedure.steps.map((step) => step.id)).toEqual(KHAI_SINH.steps.map((step) => step.id));
    const moved = procedure.steps.filter(
      (step, index) => step.action !== KHAI_SINH.steps[index]?.action,
    );
    expect(moved).toHaveLength(2);
    expect(defects[0]?.ruleId).toBe("step-phase-order");
    const reasons = validate(procedure, { rules: { "step-phase-order": "error" } })
      .filter((diagnostic) => diagnostic.ruleId === "step-phase-order")
      .map((diagnostic) => diagnostic.reason);
    expect(reasons[0]).toContain(`\`${defects[0]?.stepId}\``);
    const [early, late] = moved;
    expect(early?.id).toBe(defects[0]?.stepId);
    expect(defects[0]?.what).toBe(
      `Sai thứ tự: bước ${early?.id} «${early?.action}» đứng trước bước ${late?.id} «${late?.action}»`,
    );
    expect(defects[0]?.fix).toBe(
      `Đổi lại thứ tự: bước ${early?.id} là «${late?.action}», bước ${late?.id} là «${early?.action}»`,
    );
  });

  test("answers are in English on request", () => {
    const { defects } = injectDefects(KHAI_SINH, {
      seed: 4,
      count: 1,
      kinds: ["actor-missing"],
      lang: "en",
    });
    expect(defects[0]?.what).toBe(`Step ${defects[0]?.stepId} names no one responsible`);
    expect(defects[0]?.where).toBe(`Step ${defects[0]?.stepId}`);
  });
});

describe("too many defects", () => {
  test("asking for more defects than fit throws a clear RangeError, in Vietnamese by default", () => {
    const single = procedureOf([["B1", "process", "Tiếp nhận hồ sơ", "Công chức TTPVHCC"]]);
    expect(applicableDefectKinds(single)).toEqual([
      "actor-missing",
      "form-undefined",
      "legal-superseded",
    ]);
    expect(injectDefects(single, { seed: 1, count: 2 }).defects).toHaveLength(2);
    expect(() => injectDefects(single, { seed: 1, count: 3 })).toThrow(
      new RangeError(
        "injectDefects: Yêu cầu 3 điểm chưa phù hợp nhưng quy trình này chỉ đủ chỗ cho 2 điểm thuộc các loại khác nhau",
      ),
    );
    expect(() => injectDefects(single, { seed: 1, count: 4, lang: "en" })).toThrow(
      /4 non-conformities were asked for, but this procedure has room for only 2/u,
    );
  });

  test("without a count, as many defects as fit are injected", () => {
    const single = procedureOf([["B1", "process", "Tiếp nhận hồ sơ", "Công chức TTPVHCC"]]);
    const kinds = injectDefects(single, { seed: 1 }).defects.map((defect) => defect.kind);
    expect(kinds).toHaveLength(2);
    expect(kinds).toContain("legal-superseded");
  });

  test("a decision is given a missing branch only when it is written as a question", () => {
    const decision = (action: string) =>
      ProcedureSchema.parse({
        control: { code: "QT-T", title: "Thử nghiệm" },
        steps: [
          {
            id: "B1",
            kind: "decision",
            action,
            actors: ["Công chức TTPVHCC"],
            branches: [
              { label: "Đạt", target: "B2" },
              { label: "Không đạt", target: "END" },
            ],
          },
          { id: "B2", kind: "process", action: "Trả kết quả", actors: ["Công chức TTPVHCC"] },
        ],
      });
    expect(applicableDefectKinds(decision("Kiểm tra hồ sơ?"))).toContain("decision-branch-missing");
    expect(applicableDefectKinds(decision("Kiểm tra hồ sơ"))).not.toContain(
      "decision-branch-missing",
    );
  });

  test("kinds that apply but find no free step count as unavailable", () => {
    expect(applicableDefectKinds(KHAI_SINH)).toHaveLength(DEFECT_KINDS.length);
    expect(() => injectDefects(KHAI_SINH, { seed: 1, count: 8 })).toThrow(
      /Yêu cầu 8 điểm .* chỉ đủ chỗ cho 7 điểm/u,
    );
  });

  test("errorsProblems says the same as an error diagnostic, and nothing when it fits", () => {
    expect(errorsProblems(KHAI_SINH, { seed: 1, count: 8 })).toEqual([
      {
        ruleId: "exercise-too-many-defects",
        source: "quytrinh-exercises",
        severity: "error",
        reason:
          "Yêu cầu 8 điểm chưa phù hợp nhưng quy trình này chỉ đủ chỗ cho 7 điểm thuộc các loại khác nhau",
        expected: "Chọn số lượng từ 1 đến 7",
        actual: "8",
      },
    ]);
    expect(errorsProblems(KHAI_SINH, { seed: 1, count: 7 })).toEqual([]);
  });

  test("wrong argument types are programmer errors", () => {
    expect(() => injectDefects(KHAI_SINH, { seed: 1.5 })).toThrow(TypeError);
    expect(() => injectDefects(KHAI_SINH, { seed: 1, count: 0 })).toThrow(TypeError);
    expect(() =>
      injectDefects(KHAI_SINH, { seed: 1, kinds: ["typo" as (typeof DEFECT_KINDS)[number]] }),
    ).toThrow(/unknown defect kind typo/u);
  });
});
