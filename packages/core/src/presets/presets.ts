import type { RuleSetting } from "../validate/rule-setting.js";
import type { RuleId } from "../validate/rules.js";
import type { PresetName } from "./preset-name.js";
import { recommended } from "./recommended.js";
import { strict } from "./strict.js";

/** The shipped presets by name. */
export const presets: Record<PresetName, Record<RuleId, RuleSetting>> = { recommended, strict };
