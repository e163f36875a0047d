import { z } from "zod";
import { IsoDateSchema, LanguageSchema } from "../model/document-control.js";
import { PresetNameSchema } from "../presets/preset-name.js";
import { LegalRegistrySchema } from "../registry/legal-registry.js";

/**
 * How to validate: a preset (default `recommended`), per-rule levels that override it, the language
 * of messages, the legal registry to check citations against, today's date and the working day.
 * A configuration file holds the same fields; per-document front matter (`rules:`) wins over both.
 */
export const ValidateConfigSchema = z.object({
  preset: PresetNameSchema.optional(),
  /** Rule settings by id; a bad id or level becomes a `rule-config-invalid` diagnostic, not a failure. */
  rules: z.record(z.string(), z.unknown()).optional(),
  lang: LanguageSchema.optional(),
  registry: LegalRegistrySchema.optional(),
  /** `YYYY-MM-DD`; defaults to the current date. */
  today: IsoDateSchema.optional(),
  /** Working hours in a day; defaults to 8. */
  hoursPerDay: z.number().positive().max(24).optional(),
});
export type ValidateConfig = z.infer<typeof ValidateConfigSchema>;
