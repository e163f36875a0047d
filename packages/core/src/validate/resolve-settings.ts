import type { Place } from "../model/place.js";
import type { Procedure } from "../model/procedure.js";
import type { PresetName } from "../presets/preset-name.js";
import { presets } from "../presets/presets.js";
import { type RuleSetting, RuleSettingSchema } from "./rule-setting.js";
import { isRuleId } from "./rules.js";

/** A setting the engine could not use, with where it was written. */
export interface SettingProblem {
  id: string;
  kind: "unknown-rule" | "invalid-setting";
  place?: Place | undefined;
}

/** Each rule's setting after the preset, the configuration and the front matter, in that order. */
export interface ResolvedSettings {
  settings: Map<string, RuleSetting>;
  /** Where each front-matter setting was written, for reporting bad options. */
  places: Map<string, Place>;
  problems: SettingProblem[];
}

/**
 * Layers rule settings: the preset, then `rules` from the configuration, then the document's own
 * front matter (`control.rules`), which wins. Unknown ids and malformed settings become problems.
 */
export function resolveSettings(
  procedure: Procedure,
  preset: PresetName,
  configured: Record<string, unknown> | undefined,
): ResolvedSettings {
  const resolved: ResolvedSettings = {
    settings: new Map<string, RuleSetting>(Object.entries(presets[preset])),
    places: new Map(),
    problems: [],
  };
  apply(resolved, configured ?? {}, () => undefined);
  const fieldPlaces = procedure.control.fieldPlaces;
  apply(
    resolved,
    procedure.control.rules ?? {},
    (id) => fieldPlaces?.[`rules.${id}`] ?? fieldPlaces?.rules ?? procedure.control.place,
  );
  return resolved;
}

function apply(
  resolved: ResolvedSettings,
  layer: Record<string, unknown>,
  placeOf: (id: string) => Place | undefined,
): void {
  for (const [id, value] of Object.entries(layer)) {
    const place = placeOf(id);
    if (!isRuleId(id)) {
      resolved.problems.push({ id, kind: "unknown-rule", place });
      continue;
    }
    const setting = RuleSettingSchema.safeParse(value);
    if (!setting.success) {
      resolved.problems.push({ id, kind: "invalid-setting", place });
      continue;
    }
    resolved.settings.set(id, setting.data);
    if (place) resolved.places.set(id, place);
    else resolved.places.delete(id);
  }
}
