import type { LaneMode } from "@quytrinh/mermaid";
import type { LanesSetting } from "./quytrinh-config.js";

/** The Mermaid lane mode a config's `lanes` stands for (`true` = `auto`, `false` = `none`). */
export function laneMode(setting: LanesSetting | undefined): LaneMode {
  if (setting === undefined || setting === true) return "auto";
  return setting === false ? "none" : setting;
}
