import { z } from "zod";
import type { Severity } from "../model/diagnostic.js";

/** How loudly a rule speaks: `off`, or the severity of its diagnostics. */
export const RuleLevelSchema = z.enum(["off", "info", "warn", "error"]);
export type RuleLevel = z.infer<typeof RuleLevelSchema>;

/** A rule's configuration: a level, or `[level, options]`. */
export const RuleSettingSchema = z.union([
  RuleLevelSchema,
  z.tuple([RuleLevelSchema]),
  z.tuple([RuleLevelSchema, z.unknown()]),
]);
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

/** The severity a level gives diagnostics; `undefined` for `off`. */
export function severityOfLevel(level: RuleLevel): Severity | undefined {
  if (level === "off") return undefined;
  return level === "warn" ? "warning" : level;
}

/** The level and options (if any) of a setting. */
export function splitSetting(setting: RuleSetting): { level: RuleLevel; options?: unknown } {
  if (typeof setting === "string") return { level: setting };
  return setting.length > 1 ? { level: setting[0], options: setting[1] } : { level: setting[0] };
}
