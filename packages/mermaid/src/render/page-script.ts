import { FROZEN_WRITE } from "./config-copy.js";
import { arrowPointsOnLaneTitles } from "./lane-title-arrows.js";

/** Longest side of a PNG in pixels: a larger diagram is drawn at a lower scale. */
export const MAX_PNG_SIDE = 16_384;

/**
 * Most pixels in a PNG (16 megapixels, 64 MB per copy while it is drawn): a larger diagram is
 * drawn at a lower scale. A 60-step flowchart at 2× would be about 100 megapixels, and could not be
 * read on paper anyway; a 20-step one comes out at about 1.85×. Chosen to keep one browser and
 * node under 1.5 GB (RSS summed) for a batch of 150 PNGs.
 */
export const MAX_PNG_PIXELS = 16_000_000;

/**
 * The script the warm page runs once, after Mermaid. It defines `__quytrinh.render(id, text,
 * scale, fallback)`, which renders one diagram with `securityLevel: 'strict'` and, when `scale` is a number,
 * draws the SVG into a canvas and encodes it as PNG (base64) in the same call: one CDP round trip
 * per diagram, no screenshot, no page layout. Mermaid errors come back as data, never as a thrown
 * page error; `ms` says how long Mermaid and the PNG took. `handDrawnSeed` makes Mermaid's curves,
 * and so the SVG bytes, the same every run. A diagram that writes into the frozen configuration
 * copy `getConfig()` hands out (see `config-copy.ts`) is rendered again with fresh copies. When
 * the swimlane router sent an arrow along the lane titles and a `fallback` text is given, the
 * fallback is drawn instead (before any PNG is made) and the result says so.
 */
export const PAGE_SCRIPT = `(() => {
  mermaid.initialize({
    startOnLoad: false, securityLevel: "strict", maxTextSize: 50000, maxEdges: 500, handDrawnSeed: 1,
  });
  const MAX_SIDE = ${MAX_PNG_SIDE};
  const MAX_PIXELS = ${MAX_PNG_PIXELS};
  const FROZEN_WRITE = ${FROZEN_WRITE};
  const arrowPointsOnLaneTitles = ${arrowPointsOnLaneTitles.toString()};

  async function toPng(svg, wanted) {
    const template = document.createElement("template");
    template.innerHTML = svg;
    const element = template.content.firstElementChild;
    const box = element.viewBox.baseVal;
    const width = Math.ceil(box.width);
    const height = Math.ceil(box.height);
    const scale = Math.min(wanted, MAX_SIDE / Math.max(width, height), Math.sqrt(MAX_PIXELS / (width * height)));
    element.setAttribute("width", String(width));
    element.setAttribute("height", String(height));
    element.style.maxWidth = "none";
    const image = new Image();
    image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(new XMLSerializer().serializeToString(element));
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = canvas.toDataURL("image/png").slice("data:image/png;base64,".length);
    // let go of the pixels now, not at the next garbage collection
    canvas.width = canvas.height = 0;
    image.src = "";
    return { png, width, height, scale };
  }

  function removeStrays(id) {
    for (const stray of document.querySelectorAll('[id^="d' + id + '"], #' + id)) stray.remove();
  }

  async function renderSvg(id, text) {
    try {
      return (await mermaid.render(id, text)).svg;
    } catch (error) {
      if (!(error instanceof TypeError && FROZEN_WRITE.test(error.message))) throw error;
      // This diagram writes into the configuration getConfig() handed out: render it again
      // with a fresh copy for every caller.
      removeStrays(id);
      globalThis.__quytrinhFreshConfig = true;
      try {
        return (await mermaid.render(id, text)).svg;
      } finally {
        globalThis.__quytrinhFreshConfig = false;
      }
    }
  }

  window.__quytrinh = {
    async render(id, text, scale, fallback) {
      try {
        const started = performance.now();
        let svg = await renderSvg(id, text);
        const usedFallback = typeof fallback === "string" && arrowPointsOnLaneTitles(svg).length > 0;
        if (usedFallback) svg = await renderSvg(id, fallback);
        const rendered = performance.now();
        if (typeof scale === "number") {
          const png = await toPng(svg, scale);
          return { ...png, usedFallback, ms: { mermaid: rendered - started, png: performance.now() - rendered } };
        }
        const box = /viewBox="[-\\d.e]+ [-\\d.e]+ ([\\d.e]+) ([\\d.e]+)"/.exec(svg);
        const width = Math.ceil(Number(box ? box[1] : 0));
        const height = Math.ceil(Number(box ? box[2] : 0));
        return { svg, width, height, scale: 1, usedFallback, ms: { mermaid: rendered - started, png: 0 } };
      } catch (error) {
        removeStrays(id);
        return { error: String((error && error.message) || error) };
      }
    },
  };
})();`;

/**
 * The empty page the renderer loads Mermaid and `PAGE_SCRIPT` into. Its body sits far off screen:
 * Mermaid still lays out and measures its labels there, but the browser paints and composites
 * nothing. Measured on 150 PNGs: the browser process's CPU fell from 12.6 s to 5.1 s, and the SVGs
 * of the examples (every lane mode) and of generated charts were byte-identical.
 */
export const PAGE_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;' +
  "background:#fff}body{position:absolute;left:-100000px;top:0}</style></head><body></body></html>";
