import { z } from "zod";
import { PlaceSchema } from "./place.js";

/** How serious a diagnostic is. */
export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

/** A problem in a user's document, as data (modelled on vfile-message). */
export const DiagnosticSchema = z.object({
  ruleId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  source: z.string(),
  severity: SeveritySchema,
  reason: z.string(),
  place: PlaceSchema.optional(),
  expected: z.string().optional(),
  actual: z.string().optional(),
  note: z.string().optional(),
  url: z.string().optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
