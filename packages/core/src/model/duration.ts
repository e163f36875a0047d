import { z } from "zod";

/** Units officials write durations in. */
export const DurationUnitSchema = z.enum(["minute", "hour", "day", "week", "month"]);
export type DurationUnit = z.infer<typeof DurationUnitSchema>;

/**
 * A duration as written ("0,5 ngày", "Không quá 03 ngày làm việc", "Trong ngày") and as understood.
 * `kind` says how it was understood: an `amount`, `same-day` (within the working day, with an
 * optional cut-off hour after which it moves to the next working day), or `unparsed`.
 */
export const DurationSchema = z.object({
  text: z.string(),
  kind: z.enum(["amount", "same-day", "unparsed"]),
  amount: z.number().nonnegative().optional(),
  unit: DurationUnitSchema.optional(),
  /** `max` for "không quá", "tối đa", "trong vòng"; `exact` otherwise. */
  bound: z.enum(["exact", "max"]).optional(),
  /** Whether the text said working days/hours ("ngày làm việc"). Durations count working time either way. */
  working: z.boolean().optional(),
  /** For same-day rules: received after this time (`HH:MM`) moves to the next working day. */
  cutoff: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .optional(),
});
export type Duration = z.infer<typeof DurationSchema>;
