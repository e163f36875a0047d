import {
  CONTENT_SUBSECTIONS,
  type Language,
  starterRegistry,
  TOP_SECTIONS,
  validate,
} from "@quytrinh/core";
import { fromMarkdown } from "@quytrinh/markdown";
import { describe, expect, test } from "vitest";
import type { QuytrinhConfig } from "../src/config/quytrinh-config.js";
import { countPlaceholders } from "../src/new/placeholder.js";
import { scaffoldMarkdown } from "../src/new/scaffold-markdown.js";

const TODAY = "2026-11-23";

const FULL_CONFIG: QuytrinhConfig = {
  issuingBody: "UBND xã Tân Trường",
  parentBody: "UBND thành phố Hải Phòng",
  approvers: {
    preparedBy: { name: "Nguyễn Thị Hằng", position: "Công chức Tư pháp – Hộ tịch" },
    reviewedBy: { name: "Trần Văn Bình", position: "Phó Chủ tịch UBND xã" },
    approvedBy: { name: "Lê Minh Tuấn", position: "Chủ tịch UBND xã" },
  },
};

/** Parser and validator diagnostics of a text, as `quytrinh check` gets them (recommended preset). */
function check(text: string, lang: Language) {
  const parsed = fromMarkdown(text, { lang, file: "new.md" });
  const config = { lang, today: TODAY, registry: starterRegistry };
  return [...parsed.diagnostics, ...validate(parsed.procedure, config)];
}

/** The text with every blank replaced by its own hint, as an author filling it in would. */
function filledIn(text: string): string {
  return text.replace(/\[\[(?:điền|fill in): ([^\]]*)\]\]/gu, "$1");
}

describe.each(["vi", "en"] as const)("a new procedure in %s", (lang) => {
  const text = scaffoldMarkdown({ title: "Đăng ký kết hôn", lang, today: TODAY, config: {} });

  test("checks clean except for one placeholder-unfilled warning per blank, each positioned", () => {
    const diagnostics = check(text, lang);
    expect(new Set(diagnostics.map((d) => `${d.ruleId} ${d.severity}`))).toEqual(
      new Set(["placeholder-unfilled warning"]),
    );
    expect(diagnostics).toHaveLength(countPlaceholders(text, lang));
    expect(diagnostics.length).toBeGreaterThan(10);
    // At the line holding the blank, or at the heading just above it (a 5.x value).
    const lines = text.split("\n");
    for (const diagnostic of diagnostics) {
      const line = diagnostic.place?.start.line ?? 0;
      const near = lines.slice(line - 1, line + 2).join("\n");
      expect(near).toContain(diagnostic.actual);
    }
  });

  test("once every blank is filled in, checks with zero diagnostics", () => {
    expect(check(filledIn(text), lang)).toEqual([]);
  });

  test("has every section in the standard order except the generated flowchart", () => {
    const { procedure } = fromMarkdown(text, { lang, file: "new.md" });
    const places = procedure.sectionPlaces ?? {};
    const expected = [
      ...TOP_SECTIONS.slice(0, 5),
      ...CONTENT_SUBSECTIONS,
      ...TOP_SECTIONS.slice(5),
    ].filter((key) => key !== "flowchart");
    const found = Object.entries(places)
      .sort(([, a], [, b]) => a.start.line - b.start.line)
      .map(([key]) => key);
    expect(found).toEqual(expected);
  });

  test("the starter steps start, branch with a loop back, and end", () => {
    const { procedure } = fromMarkdown(text, { lang, file: "new.md" });
    expect(
      procedure.steps.map((step) => [step.id, step.kind, step.branches.map((b) => b.target)]),
    ).toEqual([
      ["B1", "process", []],
      ["B2", "process", []],
      ["B3", "decision", ["B5", "B4"]],
      ["B4", "process", ["B1"]],
      ["B5", "process", []],
      ["B6", "process", ["END"]],
    ]);
  });
});

describe("filled from the agency config", () => {
  const bare = scaffoldMarkdown({ title: "Khai tử", lang: "vi", today: TODAY, config: {} });
  const text = scaffoldMarkdown({
    title: "Khai tử",
    code: "QT-HT-07",
    lang: "vi",
    today: TODAY,
    config: FULL_CONFIG,
  });
  const { procedure } = fromMarkdown(text, { lang: "vi", file: "new.md" });

  test("leaves fewer blanks: no code, bodies or signatories to fill in", () => {
    // code, parent body, issuing body (front matter and purpose), 3 × name and position.
    expect(countPlaceholders(bare, "vi") - countPlaceholders(text, "vi")).toBe(10);
    expect(check(text, "vi").every((d) => d.ruleId === "placeholder-unfilled")).toBe(true);
  });

  test("writes the config's bodies, signatories and today's date into document control", () => {
    const { control } = procedure;
    expect([control.code, control.issuingBody, control.parentBody, control.effectiveDate]).toEqual([
      "QT-HT-07",
      "UBND xã Tân Trường",
      "UBND thành phố Hải Phòng",
      TODAY,
    ]);
    expect(control.approvedBy).toEqual({ name: "Lê Minh Tuấn", position: "Chủ tịch UBND xã" });
    expect(control.preparedBy?.date).toBe(TODAY);
    expect(control.revisions.map((revision) => revision.date)).toEqual([TODAY]);
  });

  test("the approver's position signs the result and is in the responsibilities", () => {
    expect(procedure.steps.find((step) => step.id === "B5")?.actors).toEqual(["Chủ tịch UBND xã"]);
    expect(procedure.responsibilities.map((r) => r.actor)).toContain("Chủ tịch UBND xã");
    expect(procedure.purpose[0]).toMatchObject({
      text: expect.stringContaining("UBND xã Tân Trường"),
    });
  });
});

test("placeholders in table cells keep the columns aligned", () => {
  const text = scaffoldMarkdown({ title: "Khai tử", lang: "vi", today: TODAY, config: {} });
  const table = text.split("\n").filter((line) => /^\| (?:Bước|B\d)/u.test(line));
  expect(table).toHaveLength(7);
  const widths = new Set(table.map((line) => [...line].length));
  expect(widths.size).toBe(1);
});
