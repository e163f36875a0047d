/** Output formats of the renderer. */
export type RenderFormat = "svg" | "png";

/** Options of one `render` call. */
export interface RenderOptions {
  format: RenderFormat;
  /** Pixel density of a PNG. Default 2. */
  scale?: number;
  /**
   * Mermaid text to draw instead when the first text, drawn in swimlanes, has an arrow running
   * along the lane titles (a fault of Mermaid 11.17's swimlane router): `toMermaid`'s `fallback`.
   */
  fallback?: string;
}

/** A rendered diagram. */
export interface RenderSuccess {
  ok: true;
  format: RenderFormat;
  /** SVG markup, or PNG bytes. */
  data: string | Uint8Array;
  /** Size in CSS pixels (a PNG is `scale` times larger). */
  width: number;
  height: number;
  /**
   * Pixels per CSS pixel: the requested scale of a PNG, or less when the PNG would exceed
   * `MAX_PNG_SIDE` pixels on a side or `MAX_PNG_PIXELS` in all; 1 for SVG.
   */
  scale: number;
  /** Errors the page logged while rendering; empty when all went well. */
  consoleErrors: string[];
  /** Whether the browser crashed on the first try and this came from the retry in a fresh one. */
  crashed: boolean;
  /** Whether this is the drawing of `RenderOptions.fallback`, not of the text given first. */
  usedFallback: boolean;
}

/** A diagram that could not be rendered: bad Mermaid text, or the browser failed twice. */
export interface RenderFailure {
  ok: false;
  format: RenderFormat;
  error: string;
  consoleErrors: string[];
  /** Whether the browser crashed (and was restarted) while rendering this diagram. */
  crashed: boolean;
}

/** The outcome of one `render` call: never an exception for a bad diagram or a crash. */
export type RenderResult = RenderSuccess | RenderFailure;
