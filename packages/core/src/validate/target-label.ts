import type { Language } from "../model/document-control.js";
import { END } from "../model/step.js";

/** How a branch target is named in messages: the step id, or "Kết thúc" / "End" for `END`. */
export function targetLabel(target: string, lang: Language): string {
  if (target !== END) return target;
  return lang === "vi" ? "Kết thúc" : "End";
}
