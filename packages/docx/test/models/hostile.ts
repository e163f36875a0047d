import { type Procedure, ProcedureSchema } from "@quytrinh/core";

const CONTROLS = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join("");

/** Text that tries to break the XML: controls, lone surrogates, markup, a CDATA end, RTL marks. */
export const HOSTILE = {
  controls: `Điều${CONTROLS}kiện`,
  surrogates: "Lỗi\uD800mã\uDC00hóa",
  markup: `<w:t>Hồ sơ & "giấy" tờ</w:t> ]]> <![CDATA[x]]>`,
  rtl: "\u202Eتسجيل\u202C \u200Fالميلاد\u200E Đăng ký",
  longWord: "Đ".repeat(5000),
};

/** A procedure whose every kind of text field holds hostile text. */
export function hostileProcedure(): Procedure {
  return ProcedureSchema.parse({
    control: {
      code: `QT-${HOSTILE.markup}`,
      title: `${HOSTILE.rtl} ${HOSTILE.controls}`,
      issuingBody: HOSTILE.surrogates,
      parentBody: HOSTILE.longWord,
      issue: "01",
      preparedBy: { name: HOSTILE.markup, position: HOSTILE.rtl },
      approvedBy: { name: HOSTILE.longWord },
      revisions: [{ description: HOSTILE.controls, section: HOSTILE.markup }],
    },
    purpose: [{ type: "paragraph", text: `${HOSTILE.markup} ${HOSTILE.longWord}` }],
    scope: [
      { type: "list", ordered: true, items: [{ text: HOSTILE.rtl }, { text: HOSTILE.surrogates }] },
    ],
    definitions: [{ term: HOSTILE.markup, meaning: HOSTILE.controls }],
    legalBasis: [{ text: HOSTILE.markup }],
    steps: [
      {
        id: "B1",
        kind: "process",
        action: HOSTILE.markup,
        actors: [HOSTILE.rtl],
        outputs: [HOSTILE.surrogates],
      },
      {
        id: "B2",
        kind: "decision",
        action: HOSTILE.longWord,
        actors: [HOSTILE.controls],
        branches: [
          { label: HOSTILE.markup, target: "B1" },
          { label: "Có", target: "END" },
        ],
      },
    ],
    forms: [{ code: HOSTILE.markup, name: HOSTILE.longWord }],
    records: [{ name: HOSTILE.rtl, keeper: HOSTILE.controls }],
    extraSections: [
      {
        title: HOSTILE.markup,
        depth: 1,
        after: "records",
        blocks: [
          { type: "table", header: [HOSTILE.rtl], rows: [[HOSTILE.longWord, HOSTILE.markup]] },
        ],
      },
    ],
  });
}
