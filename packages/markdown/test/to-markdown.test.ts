import { type Procedure, ProcedureSchema } from "@quytrinh/core";
import { fromMarkdown, stripPlaces, toMarkdown } from "@quytrinh/markdown";
import { describe, expect, test } from "vitest";

const TRICKY = [
  "*không in đậm*",
  "1. không phải danh sách",
  "# không phải tiêu đề",
  "a | b",
  "<br> giữ nguyên",
  "&amp; và &#35;",
  "[liên kết](x)",
  "`mã`",
  "- gạch đầu dòng",
  "> trích dẫn",
  "dấu \\ ngược",
  "~gạch~ _nghiêng_",
  "===",
];

function procedureWith(text: string): Procedure {
  // Actors and outputs are separated by `;` in a cell, so an item itself cannot hold one.
  const item = text.replaceAll(";", ",");
  return ProcedureSchema.parse({
    control: { code: "QT-01", title: text, extra: { ghiChu: text } },
    purpose: [
      { type: "paragraph", text: `${text}\n${text}` },
      {
        type: "list",
        ordered: false,
        items: [
          { text },
          {
            text: "",
            children: [{ type: "list", ordered: true, items: [{ text }] }],
          },
        ],
      },
      { type: "list", ordered: false, items: [{ text: "danh sách thứ hai" }] },
      { type: "table", header: [text, "b"], rows: [[text, ""]] },
    ],
    definitions: [{ term: "TTHC", meaning: text }],
    steps: [
      {
        id: "B1",
        kind: "process",
        action: `${text}\n${text}`,
        actors: [item],
        outputs: [item],
        notes: text,
        branches: [{ label: "Có", target: "END" }],
      },
    ],
    stepColumns: ["Phương tiện"],
    forms: [{ code: "BM01", name: text, source: text }],
    records: [{ name: text, keeper: text, retention: text }],
    extraSections: [
      {
        title: "",
        depth: 1,
        after: null,
        blocks: [{ type: "paragraph", text: "Kèm theo Quyết định" }],
      },
      { title: `Phụ lục ${text}`, depth: 2, after: "records", blocks: [] },
    ],
  });
}

describe("toMarkdown", () => {
  test.each(TRICKY)("text with Markdown syntax reads back unchanged: %s", (text) => {
    const procedure = procedureWith(text);
    const back = fromMarkdown(toMarkdown(procedure));
    expect(stripPlaces(back.procedure)).toEqual(stripPlaces(procedure));
  });

  test("English labels on request, with `language` kept in the front matter", () => {
    const { procedure } = fromMarkdown(
      "---\ncode: QT-01\ntitle: T\n---\n\n## 5. Nội dung quy trình\n\n| Bước | Nội dung công việc |\n| --- | --- |\n| B1 | Hồ sơ đủ? |\n",
    );
    expect(toMarkdown(procedure, { lang: "en" })).toMatchInlineSnapshot(`
      "---
      code: QT-01
      title: T
      language: vi
      ---

      # T

      ## 1. Purpose

      ## 2. Scope

      ## 3. References

      ## 4. Definitions

      ## 5. Procedure

      ### 5.1. Steps

      | Step | Action    | Responsible | Time | Forms/Output | Next | Notes |
      | ---- | --------- | ----------- | ---- | ------------ | ---- | ----- |
      | B1   | Hồ sơ đủ? |             |      |              |      |       |

      ## 6. Forms

      ## 7. Records
      "
    `);
    expect(fromMarkdown(toMarkdown(procedure, { lang: "en" })).procedure.control.language).toBe(
      "vi",
    );
  });
});
