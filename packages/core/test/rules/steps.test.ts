import { describe, expect, test } from "vitest";
import { step } from "./support/builders.js";
import { line, reasons, runRule } from "./support/run-rule.js";

describe("step-action-required and step-responsible-required", () => {
  test("complete steps pass", () => {
    const steps = [step("B1"), step("B2")];
    expect(reasons("step-action-required", { steps })).toEqual({ vi: [], en: [] });
    expect(reasons("step-responsible-required", { steps })).toEqual({ vi: [], en: [] });
  });

  test("a step without an action is reported in both languages", () => {
    expect(reasons("step-action-required", { steps: [step("B1", { action: " " })] })).toEqual({
      vi: ["Bước `B1` chưa có nội dung công việc"],
      en: ["Step `B1` has no action"],
    });
  });

  test("a step without an actor is reported; start and end markers are not", () => {
    const steps = [
      step("S", { kind: "start", actors: [] }),
      step("B1", { actors: [""] }),
      step("E", { kind: "end", actors: [] }),
    ];
    expect(reasons("step-responsible-required", { steps })).toEqual({
      vi: ["Bước `B1` chưa có người hoặc bộ phận thực hiện"],
      en: ["Step `B1` has no responsible unit"],
    });
  });

  test("the diagnostic points at the step's row, and has no place without one", () => {
    const positioned = runRule("step-action-required", {
      steps: [step("B1", { action: "", place: line(30) })],
    });
    expect(positioned[0]?.place).toEqual(line(30));
    const bare = runRule("step-responsible-required", { steps: [step("B1", { actors: [] })] });
    expect(bare).toEqual([
      {
        ruleId: "step-responsible-required",
        source: "quytrinh-core",
        severity: "error",
        reason: "Bước `B1` chưa có người hoặc bộ phận thực hiện",
        url: "docs/rules/step-responsible-required.md",
      },
    ]);
  });
});

describe("step-id-unique", () => {
  test("distinct ids pass", () => {
    expect(reasons("step-id-unique", { steps: [step("B1"), step("B2")] })).toEqual({
      vi: [],
      en: [],
    });
  });

  test("a repeated id is reported at the repeat, with the first line in the note", () => {
    const steps = [step("B1", { place: line(10) }), step("B1", { place: line(11) })];
    expect(reasons("step-id-unique", { steps })).toEqual({
      vi: ["Mã bước `B1` bị trùng"],
      en: ["Step id `B1` is used more than once"],
    });
    const [diagnostic] = runRule("step-id-unique", { steps }, { lang: "en" });
    expect(diagnostic?.place).toEqual(line(11));
    expect(diagnostic?.note).toBe("The id is first used on line 10");
  });

  test("without positions there is no place and no note", () => {
    const [diagnostic] = runRule("step-id-unique", { steps: [step("B1"), step("B1")] });
    expect(diagnostic?.place).toBeUndefined();
    expect(diagnostic?.note).toBeUndefined();
  });
});

describe("branch-target-exists", () => {
  test("branches to steps and to the end pass", () => {
    const steps = [step("B1", { branches: [{ target: "B2" }, { target: "END" }] }), step("B2")];
    expect(reasons("branch-target-exists", { steps })).toEqual({ vi: [], en: [] });
  });

  test("a branch to a missing step is reported with the closest id as the fix", () => {
    const steps = [
      step("B1", {
        branches: [
          { label: "Đủ", target: "B2" },
          { label: "Chưa đủ", target: "b3" },
        ],
      }),
      step("B2"),
      step("B3"),
    ];
    expect(reasons("branch-target-exists", { steps })).toEqual({
      vi: ["Bước `B1` chuyển tới `b3` nhưng không có bước `b3`"],
      en: ["Step `B1` goes to `b3`, which is not a step"],
    });
    expect(runRule("branch-target-exists", { steps })[0]).toMatchObject({
      expected: "B3",
      actual: "b3",
    });
  });

  test("points at the branch, else the step, else nowhere", () => {
    const at = (branchPlace: boolean) =>
      runRule("branch-target-exists", {
        steps: [
          step("B1", {
            place: line(5),
            branches: [{ target: "X", ...(branchPlace ? { place: line(6) } : {}) }],
          }),
        ],
      })[0]?.place;
    expect(at(true)).toEqual(line(6));
    expect(at(false)).toEqual(line(5));
    expect(
      runRule("branch-target-exists", { steps: [step("B1", { branches: [{ target: "X" }] })] })[0]
        ?.place,
    ).toBeUndefined();
  });
});

describe("decision-branches", () => {
  test("a decision with two labelled branches passes", () => {
    const steps = [
      step("B1", {
        kind: "decision",
        branches: [
          { label: "Có", target: "B2" },
          { label: "Không", target: "END" },
        ],
      }),
      step("B2"),
    ];
    expect(reasons("decision-branches", { steps })).toEqual({ vi: [], en: [] });
  });

  test("too few branches and unlabelled branches are reported", () => {
    const steps = [step("B1", { kind: "decision", branches: [{ target: "END" }] })];
    expect(reasons("decision-branches", { steps })).toEqual({
      vi: [
        "Bước quyết định `B1` cần ít nhất 2 nhánh, hiện có 1",
        "Nhánh từ bước quyết định `B1` tới `Kết thúc` chưa có nhãn",
      ],
      en: [
        "Decision `B1` needs at least 2 branches, it has 1",
        "The branch from decision `B1` to `End` has no label",
      ],
    });
    expect(runRule("decision-branches", { steps })[1]?.expected).toBe("Đạt → Kết thúc");
  });

  test("a decision without positions gives diagnostics without a place", () => {
    const diagnostics = runRule("decision-branches", { steps: [step("B1", { kind: "decision" })] });
    expect(diagnostics.map((diagnostic) => diagnostic.place)).toEqual([undefined]);
  });
});

describe("step-reachable", () => {
  test("a flow in order passes", () => {
    expect(reasons("step-reachable", { steps: [step("B1"), step("B2")] })).toEqual({
      vi: [],
      en: [],
    });
  });

  test("a step nothing leads to is reported", () => {
    const steps = [step("B1", { branches: [{ target: "END" }] }), step("B2", { place: line(9) })];
    expect(reasons("step-reachable", { steps })).toEqual({
      vi: ["Bước `B2` không thể tới được từ bước đầu tiên `B1`"],
      en: ["Step `B2` cannot be reached from the first step `B1`"],
    });
    expect(runRule("step-reachable", { steps })[0]?.place).toEqual(line(9));
  });

  test("a repeated id is judged once and no steps means nothing to report", () => {
    const steps = [step("B1", { branches: [{ target: "END" }] }), step("B2"), step("B2")];
    expect(runRule("step-reachable", { steps }).map((diagnostic) => diagnostic.place)).toEqual([
      undefined,
    ]);
    expect(runRule("step-reachable", {})).toEqual([]);
  });
});

describe("path-reaches-end and cycle-has-exit", () => {
  const trapped = [
    step("B1", {
      kind: "decision",
      branches: [
        { label: "Có", target: "B2" },
        { label: "Không", target: "B3" },
      ],
    }),
    step("B2", { place: line(21) }),
    step("B3", { place: line(22), branches: [{ target: "B2" }] }),
  ];

  test("a supplement loop with an exit passes both", () => {
    const steps = [
      step("B1"),
      step("B2", {
        kind: "decision",
        branches: [
          { label: "Đủ", target: "B4" },
          { label: "Chưa đủ", target: "B3" },
        ],
      }),
      step("B3", { branches: [{ target: "B1" }] }),
      step("B4"),
    ];
    expect(reasons("path-reaches-end", { steps })).toEqual({ vi: [], en: [] });
    expect(reasons("cycle-has-exit", { steps })).toEqual({ vi: [], en: [] });
  });

  test("a loop without exit is reported once, with the steps that lead only into it", () => {
    expect(reasons("cycle-has-exit", { steps: trapped })).toEqual({
      vi: ["Vòng lặp qua `B2`, `B3` không có lối ra tới Kết thúc"],
      en: ["The loop through `B2`, `B3` has no way out to the end"],
    });
    expect(reasons("path-reaches-end", { steps: trapped })).toEqual({
      vi: ["Từ bước `B1` không có đường nào tới Kết thúc"],
      en: ["No path from step `B1` reaches the end"],
    });
    expect(runRule("cycle-has-exit", { steps: trapped })[0]).toMatchObject({
      place: line(21),
      expected: "Thêm một nhánh từ `B2` ra khỏi vòng lặp",
    });
  });

  test("a step looping on itself is a loop; an end step and a missing target both count as an end", () => {
    const selfLoop = [step("B1", { branches: [{ target: "B1" }] })];
    expect(reasons("cycle-has-exit", { steps: selfLoop }).en).toEqual([
      "The loop through `B1` has no way out to the end",
    ]);
    const ending = [
      step("B1", { branches: [{ target: "B2" }] }),
      step("B2", { kind: "end" }),
      step("B3", { branches: [{ target: "B9" }] }),
    ];
    expect(runRule("path-reaches-end", { steps: ending })).toEqual([]);
    expect(runRule("cycle-has-exit", { steps: ending })).toEqual([]);
  });

  test("without positions the diagnostics have no place", () => {
    const bare = trapped.map(({ place, ...rest }) => rest);
    expect(runRule("path-reaches-end", { steps: bare })[0]?.place).toBeUndefined();
    expect(runRule("cycle-has-exit", { steps: bare })[0]?.place).toBeUndefined();
  });
});

describe("actor-defined", () => {
  const responsibilities = [
    { actor: "Bộ phận Một cửa", duty: "Tiếp nhận" },
    { actor: "Công chức Tư pháp – Hộ tịch", duty: "Thẩm định" },
  ];

  test("actors spelled as in the responsibilities pass, abbreviations too", () => {
    const steps = [
      step("B1", { actors: ["Bộ phận Một cửa"] }),
      step("B2", { actors: ["CC TP-HT"] }),
    ];
    const definitions = [{ term: "CC TP-HT", meaning: "Công chức Tư pháp - Hộ tịch" }];
    expect(reasons("actor-defined", { responsibilities, definitions, steps })).toEqual({
      vi: [],
      en: [],
    });
  });

  test("a near miss gets the defined spelling as the fix", () => {
    const steps = [
      step("B1", { actors: ["Bộ phận một cửa"], place: line(50) }),
      step("B2", { actors: ["Cong chuc Tu phap – Ho tich"], place: line(51) }),
      step("B3", { actors: ["Công chức Tư pháp - Hộ tich"], place: line(52) }),
    ];
    expect(reasons("actor-defined", { responsibilities, steps })).toEqual({
      vi: [
        "Bước `B1`: `Bộ phận một cửa` viết khác với `Bộ phận Một cửa` ở mục Trách nhiệm",
        "Bước `B2`: `Cong chuc Tu phap – Ho tich` viết khác với `Công chức Tư pháp – Hộ tịch` ở mục Trách nhiệm",
        "Bước `B3`: `Công chức Tư pháp - Hộ tich` viết khác với `Công chức Tư pháp – Hộ tịch` ở mục Trách nhiệm",
      ],
      en: [
        "Step `B1`: `Bộ phận một cửa` is written differently from `Bộ phận Một cửa` in the responsibilities section",
        "Step `B2`: `Cong chuc Tu phap – Ho tich` is written differently from `Công chức Tư pháp – Hộ tịch` in the responsibilities section",
        "Step `B3`: `Công chức Tư pháp - Hộ tich` is written differently from `Công chức Tư pháp – Hộ tịch` in the responsibilities section",
      ],
    });
    expect(runRule("actor-defined", { responsibilities, steps })[0]).toMatchObject({
      place: line(50),
      expected: "Bộ phận Một cửa",
      actual: "Bộ phận một cửa",
    });
  });

  test("an unknown actor has no suggestion and no place without positions", () => {
    expect(
      runRule("actor-defined", {
        responsibilities,
        steps: [step("B1", { actors: ["Chủ tịch UBND xã"] })],
      }),
    ).toEqual([
      {
        ruleId: "actor-defined",
        source: "quytrinh-core",
        severity: "error",
        reason: "Bước `B1`: `Chủ tịch UBND xã` không có trong mục Trách nhiệm",
        actual: "Chủ tịch UBND xã",
        url: "docs/rules/actor-defined.md",
      },
    ]);
  });

  test("nothing is checked while the responsibilities section is empty", () => {
    expect(runRule("actor-defined", { steps: [step("B1", { actors: ["Ai đó"] })] })).toEqual([]);
  });
});
