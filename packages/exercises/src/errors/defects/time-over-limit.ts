import {
  analyzeTime,
  durationMinutes,
  formatDuration,
  type Procedure,
  parseDuration,
} from "@quytrinh/core";
import type { DefectPlan, DefectPlanner } from "../defect-plan.js";
import { isWorkingStep, stepById, stepSpot } from "./working-step.js";

/** Working minutes in a day, as `validate` counts them by default. */
const DAY = 8 * 60;

/**
 * A step on the longest path given so many days that the path overruns the legal processing time
 * ("Thẩm định: 01 ngày" in a same-day procedure). Only for a procedure within its limit now, and
 * only steps with a known time. Reported by `processing-time-limit` at section 5.5.
 */
export const planTimeOverLimit: DefectPlanner = (procedure, { documentLang }) => {
  const analysis = analyzeTime(procedure);
  const { limit, slack } = analysis;
  if (limit === undefined || slack === undefined || slack < 0) return [];
  const limitText = procedure.tthc?.processingTime?.text ?? "";
  return [...new Set(analysis.longest.steps)].flatMap((id): DefectPlan[] => {
    const step = procedure.steps.find((candidate) => candidate.id === id);
    const minutes = step?.duration && durationMinutes(step.duration);
    if (!step?.duration || !isWorkingStep(step) || minutes === undefined) return [];
    const original = step.duration.text;
    const others = analysis.longest.minutes - minutes;
    const days = Math.max(1, Math.ceil((limit - others + 1) / DAY));
    const text = formatDuration(days * DAY, { lang: documentLang, unit: "day" });
    return [
      {
        kind: "time-over-limit",
        ruleId: "processing-time-limit",
        spots: [stepSpot(id)],
        stepId: id,
        at: { step: id },
        reportedAt: { section: "processingTime" },
        apply: (copy: Procedure) => {
          stepById(copy.steps, id).duration = parseDuration(text);
        },
        describe: (messages) => ({
          what: messages.timeOverLimit(id, text, limitText),
          fix: messages.timeOverLimitFix(id, original),
        }),
      },
    ];
  });
};
