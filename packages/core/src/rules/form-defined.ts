import type { Form } from "../model/sections.js";
import { foldText } from "../validate/fold-text.js";
import { findForm, formCodeKey, looksLikeFormCode } from "../validate/form-code.js";
import type { Message } from "../validate/message.js";
import { nearestMatch } from "../validate/nearest-match.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  undefinedForm: {
    vi: ({ step, code }) =>
      `Bước \`${step}\` dùng biểu mẫu \`${code}\` nhưng mục Biểu mẫu không có mã này`,
    en: ({ step, code }) =>
      `Step \`${step}\` uses form \`${code}\`, which the forms section does not define`,
  } satisfies Message<{ step: string; code: string }>,
};

/** The defined form a mistyped code most likely means: by a close code, or by its source ("Mẫu 01, ..."). */
function suggestion(forms: readonly Form[], code: string): string | undefined {
  const folded = foldText(code);
  const bySource = forms.find((form) => {
    const source = foldText(form.source ?? "");
    return source === folded || source.startsWith(`${folded},`) || source.startsWith(`${folded} `);
  });
  if (bySource) return bySource.code;
  const near = nearestMatch(
    formCodeKey(code),
    forms.map((form) => formCodeKey(form.code)),
  );
  return forms.find((form) => formCodeKey(form.code) === near)?.code;
}

/**
 * Every form a step uses is defined in the forms section. A step output counts as a form when it
 * names a defined form or looks like a form code (`BM01`, `QT.ISO-22-BM02`, `Mẫu 01`).
 */
export const formDefined = defineRule({
  id: "form-defined",
  description: {
    vi: "Mọi biểu mẫu các bước sử dụng đều có trong mục Biểu mẫu",
    en: "Every form a step uses is defined",
  },
  check({ procedure, t, report }) {
    for (const step of procedure.steps) {
      for (const output of step.outputs) {
        const code = output.normalize("NFC").trim();
        if (!looksLikeFormCode(code) || findForm(procedure.forms, code)) continue;
        report({
          reason: t(messages.undefinedForm, { step: step.id, code }),
          place: step.place,
          expected: suggestion(procedure.forms, code),
          actual: code,
        });
      }
    }
  },
});
