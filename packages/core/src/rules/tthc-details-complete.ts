import type { Procedure } from "../model/procedure.js";
import type { SectionKey } from "../model/sections.js";
import { SECTION_TITLES } from "../outline/section-titles.js";
import { isTthc } from "../validate/is-tthc.js";
import type { Message } from "../validate/message.js";
import { sectionPlace } from "../validate/places.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  missing: {
    vi: ({ section }) => `Thủ tục hành chính thiếu \`${section}\``,
    en: ({ section }) => `The administrative procedure lacks \`${section}\``,
  } satisfies Message<{ section: string }>,
};

const filled = (text: string | undefined): boolean => (text ?? "").trim() !== "";

/** The details an administrative procedure publishes, with the test that each is given. */
const DETAILS: [SectionKey, (procedure: Procedure) => boolean][] = [
  ["dossier", (procedure) => (procedure.tthc?.dossier.length ?? 0) > 0],
  ["processingTime", (procedure) => filled(procedure.tthc?.processingTime?.text)],
  ["receiptPlace", (procedure) => filled(procedure.tthc?.receiptPlace)],
  ["fee", (procedure) => filled(procedure.tthc?.fee)],
];

/**
 * An administrative procedure (TTHC details present, or a `tthcCode`) gives its dossier, legal
 * processing time, place of receipt and return, and fee.
 */
export const tthcDetailsComplete = defineRule({
  id: "tthc-details-complete",
  description: {
    vi: "Thủ tục hành chính có thành phần hồ sơ, thời gian xử lý, nơi tiếp nhận và lệ phí",
    en: "An administrative procedure gives its dossier, processing time, place of receipt and fee",
  },
  check({ procedure, lang, t, report }) {
    if (!isTthc(procedure)) return;
    for (const [key, given] of DETAILS) {
      if (given(procedure)) continue;
      report({
        reason: t(messages.missing, { section: SECTION_TITLES[lang][key] }),
        place:
          sectionPlace(procedure, key) ??
          procedure.tthc?.place ??
          sectionPlace(procedure, "content"),
      });
    }
  },
});
