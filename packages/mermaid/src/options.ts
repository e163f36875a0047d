import type { LabelMode } from "./escape-label.js";
import type { Lang } from "./messages.js";

/** How steps are grouped by responsible actor; `auto` picks `swimlane` or `none` by size. */
export type LaneMode = "auto" | "none" | "swimlane" | "group";

/**
 * Most steps drawn in swimlanes by `auto`. Measured: Mermaid 11.17's swimlane layout took about 7 s
 * for 20 steps and 60 s for 60 (dagre: 1 s and 2.5 s), and more than about 12 steps is unreadable
 * on an A4 page anyway.
 */
export const SWIMLANE_MAX_STEPS = 12;

/** Options of `toMermaid`. */
export interface ToMermaidOptions {
  /** `TD` (top-down, default) or `LR` (left to right). */
  direction?: "TD" | "LR";
  /**
   * `auto` (default): `swimlane` up to `SWIMLANE_MAX_STEPS` steps (with `group` lanes as the
   * result's `fallback`, for when Mermaid routes an arrow along the lane titles), `none` above. `swimlane`:
   * Mermaid's `swimlane-beta` lanes, one per responsible actor; `group`: one plain subgraph per
   * actor; `none`: no lanes.
   */
  lanes?: LaneMode;
  /** Show each step's duration under its action. Default `true`. */
  showDurations?: boolean;
  /** Show each step's responsible actors under its action. Default: only when `lanes` is `none`. */
  showActors?: boolean;
  /** Draw each step's forms and results as document shapes beside it. Default `false`. */
  showOutputs?: boolean;
  /**
   * `html` (default): labels in HTML, which wrap best; for PNG and web pages. `text`: SVG `<text>`
   * labels (quotes become “ ”, braces ｛ ｝), for an SVG that Word, LibreOffice or Inkscape opens.
   */
  labels?: LabelMode;
  /** Language of the terminals ("Bắt đầu"/"Kết thúc") and diagnostics. Default: the document's. */
  lang?: Lang;
}

/** `ToMermaidOptions` with every default filled in and `auto` lanes decided. */
export type ResolvedOptions = Required<ToMermaidOptions> & { lanes: Exclude<LaneMode, "auto"> };

/** Fills in the defaults of `toMermaid`'s options for a procedure of `steps` steps. */
export function resolveOptions(options: ToMermaidOptions, steps: number): ResolvedOptions {
  const wanted = options.lanes ?? "auto";
  const lanes = wanted !== "auto" ? wanted : steps <= SWIMLANE_MAX_STEPS ? "swimlane" : "none";
  return {
    direction: options.direction ?? "TD",
    lanes,
    showDurations: options.showDurations ?? true,
    showActors: options.showActors ?? lanes === "none",
    showOutputs: options.showOutputs ?? false,
    labels: options.labels ?? "html",
    lang: options.lang ?? "vi",
  };
}
