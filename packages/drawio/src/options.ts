import type { Lang } from "./messages.js";

/**
 * Texts that replace the procedure's own in the diagram, e.g. numbered blanks for an exercise.
 * Keys are step ids and actor names as written in the procedure (NFC).
 */
export interface LabelOverrides {
  /** New text for a step's action, by step id; the `B2.` prefix and the duration line stay. */
  steps?: ReadonlyMap<string, string>;
  /** New title for a lane, by the actor it stands for. */
  lanes?: ReadonlyMap<string, string>;
}

/** Options of `toDrawio`. */
export interface ToDrawioOptions {
  /** Language of the added words ("Bắt đầu"/"Kết thúc", the lane of steps without an actor). Default `vi`. */
  lang?: Lang;
  /** One swimlane per responsible actor (the step's first actor). Default `true`. */
  lanes?: boolean;
  /** `TD` (default): flow goes down, lanes are columns. `LR`: flow goes right, lanes are rows. */
  direction?: "TD" | "LR";
  /** Show each step's duration under its action. Default `true`. */
  showDurations?: boolean;
  /** Draw each step's forms and results as a document shape beside it. Default `false`. */
  showOutputs?: boolean;
  /** Title above the diagram and name of the draw.io page. Default: the procedure's title; `""` for none. */
  title?: string;
  /** Texts that replace the procedure's own. Default: none. */
  labels?: LabelOverrides;
}

/** `ToDrawioOptions` with every default filled in. */
export interface ResolvedOptions {
  lang: Lang;
  lanes: boolean;
  direction: "TD" | "LR";
  showDurations: boolean;
  showOutputs: boolean;
  title: string | undefined;
  labels: LabelOverrides;
}

/** Fills in the defaults of `toDrawio`'s options. */
export function resolveOptions(options: ToDrawioOptions = {}): ResolvedOptions {
  return {
    lang: options.lang ?? "vi",
    lanes: options.lanes ?? true,
    direction: options.direction ?? "TD",
    showDurations: options.showDurations ?? true,
    showOutputs: options.showOutputs ?? false,
    title: options.title,
    labels: options.labels ?? {},
  };
}
