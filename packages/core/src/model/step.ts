import { z } from "zod";
import { DurationSchema } from "./duration.js";
import { placed } from "./place.js";

/** The reserved branch target that ends the procedure ("Kết thúc"). */
export const END = "END";

/** Kinds of step, drawn as terminal, box or diamond. */
export const StepKindSchema = z.enum(["start", "process", "decision", "end"]);
export type StepKind = z.infer<typeof StepKindSchema>;

/** A labelled edge out of a step: "Có → B4", "Không → B2a", "→ Kết thúc". */
export const BranchSchema = z.object({
  label: z.string().optional(),
  /** A step id, or `END`. */
  target: z.string().min(1),
  ...placed,
});
export type Branch = z.infer<typeof BranchSchema>;

/** A value in a column of the steps table that the format does not know, kept in order. */
export const ExtraCellSchema = z.object({
  column: z.string(),
  value: z.string(),
});
export type ExtraCell = z.infer<typeof ExtraCellSchema>;

/**
 * One step of the process table. Flow goes to the next step in order unless `branches` says
 * otherwise; a decision's branches are labelled and may loop back.
 */
export const StepSchema = z.object({
  id: z.string().min(1),
  kind: StepKindSchema,
  action: z.string(),
  actors: z.array(z.string()),
  duration: DurationSchema.optional(),
  /** Forms used and results produced ("BM01", "Giấy khai sinh"), as written. */
  outputs: z.array(z.string()).default([]),
  /** Diễn giải: how the step is done. */
  notes: z.string().optional(),
  branches: z.array(BranchSchema).default([]),
  extra: z.array(ExtraCellSchema).optional(),
  ...placed,
});
export type Step = z.infer<typeof StepSchema>;
