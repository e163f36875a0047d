import { DiagnosticSchema } from "@quytrinh/core";
import { z } from "zod";

/**
 * The `quytrinh build --json` report as packages/cli/README.md documents it (version 1). Strict, so
 * an undocumented field fails the end-to-end test until the README says what it means.
 */
export const BuildJsonReportSchema = z.strictObject({
  version: z.literal(1),
  out: z.string(),
  files: z.array(
    z.strictObject({
      file: z.string(),
      status: z.enum(["built", "unchanged", "failed"]),
      outputs: z.array(z.string()),
      diagnostics: z.array(DiagnosticSchema),
    }),
  ),
  built: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  milliseconds: z.number().nonnegative(),
  exitCode: z.union([z.literal(0), z.literal(1)]),
});

/** A parsed `quytrinh build --json` report. */
export type BuildJsonReport = z.infer<typeof BuildJsonReportSchema>;
