import { z } from "zod";
import { addMonths } from "../time/add-months.js";
import { formatDate } from "../time/format-date.js";
import type { Message } from "../validate/message.js";
import { fieldPlace } from "../validate/places.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  overdue: {
    vi: ({ date, months, due }) =>
      `Quy trình soát xét lần cuối ngày ${date}, đã quá ${months} tháng (hạn soát xét là ${due})`,
    en: ({ date, months, due }) =>
      `The procedure was last reviewed on ${date}, more than ${months} months ago (the review was due by ${due})`,
  } satisfies Message<{ date: string; months: number; due: string }>,
  fix: {
    vi: () => "Soát xét lại quy trình và ghi ngày soát xét vào `lastReviewDate`",
    en: () => "Review the procedure and record the date in `lastReviewDate`",
  } satisfies Message,
};

/**
 * The effective or last-review date is no older than N months (default 3, the agencies' cycle for
 * reviewing the legal basis of every procedure).
 */
export const reviewOverdue = defineRule({
  id: "review-overdue",
  description: {
    vi: "Quy trình được soát xét định kỳ (mặc định 3 tháng một lần)",
    en: "The procedure is reviewed regularly (every 3 months by default)",
  },
  options: z.object({ months: z.number().int().positive().default(3) }),
  check({ procedure, today, options, lang, t, report }) {
    const { effectiveDate, lastReviewDate } = procedure.control;
    const reviewed =
      lastReviewDate !== undefined &&
      (effectiveDate === undefined || lastReviewDate >= effectiveDate);
    const date = reviewed ? lastReviewDate : effectiveDate;
    if (date === undefined) return;
    const due = addMonths(date, options.months);
    if (due >= today) return;
    report({
      reason: t(messages.overdue, {
        date: formatDate(date, lang),
        months: options.months,
        due: formatDate(due, lang),
      }),
      place: fieldPlace(procedure, reviewed ? "lastReviewDate" : "effectiveDate"),
      expected: t(messages.fix, {}),
      actual: date,
    });
  },
});
