import type { Procedure } from "../model/procedure.js";
import type { Form } from "../model/sections.js";
import { foldText } from "../validate/fold-text.js";
import { findForm } from "../validate/form-code.js";
import type { Message } from "../validate/message.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  unused: {
    vi: ({ code }) => `Biểu mẫu \`${code}\` không được bước nào sử dụng`,
    en: ({ code }) => `Form \`${code}\` is not used by any step`,
  } satisfies Message<{ code: string }>,
  fix: {
    vi: ({ code }) => `Ghi \`${code}\` vào cột Biểu mẫu/Kết quả của bước dùng nó, hoặc bỏ biểu mẫu`,
    en: ({ code }) =>
      `Write \`${code}\` in the forms/results column of the step that uses it, or remove the form`,
  } satisfies Message<{ code: string }>,
};

/** Whether a step lists the form among its outputs or names its code in its action or notes. */
function isUsed(procedure: Procedure, form: Form): boolean {
  const code = foldText(form.code);
  const mention = new RegExp(
    `(?<![\\p{L}\\p{N}])${code.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}\\p{N}])`,
    "u",
  );
  return procedure.steps.some(
    (step) =>
      step.outputs.some((output) => findForm([form], output) !== undefined) ||
      mention.test(foldText(`${step.action} ${step.notes ?? ""}`)),
  );
}

/** Every defined form is used by some step; an unused form is dead weight or a missing step. */
export const formUsed = defineRule({
  id: "form-used",
  description: {
    vi: "Mọi biểu mẫu trong mục Biểu mẫu đều được sử dụng",
    en: "Every defined form is used",
  },
  check({ procedure, t, report }) {
    for (const form of procedure.forms) {
      if (form.code.trim() === "" || isUsed(procedure, form)) continue;
      report({
        reason: t(messages.unused, { code: form.code }),
        place: form.place,
        expected: t(messages.fix, { code: form.code }),
        actual: form.code,
      });
    }
  },
});
