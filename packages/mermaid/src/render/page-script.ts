/**
 * The script the warm page runs once, after Mermaid: it defines `__quytrinh.render`, which renders
 * one diagram with `securityLevel: 'strict'` and, for a screenshot, lays it out at its natural size
 * in `#out`. Mermaid errors come back as data, never as a thrown page error.
 */
export const PAGE_SCRIPT = `(() => {
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict", maxTextSize: 50000, maxEdges: 500 });
  const out = document.getElementById("out");
  window.__quytrinh = {
    async render(id, text, place) {
      out.replaceChildren();
      try {
        const { svg } = await mermaid.render(id, text);
        if (!place) return { svg, width: 0, height: 0 };
        out.innerHTML = svg;
        const el = out.querySelector("svg");
        const box = el.viewBox.baseVal;
        el.setAttribute("width", String(box.width));
        el.setAttribute("height", String(box.height));
        el.style.maxWidth = "none";
        const rect = el.getBoundingClientRect();
        return { svg, width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
      } catch (error) {
        for (const stray of document.querySelectorAll('[id^="d' + id + '"], #' + id)) stray.remove();
        return { error: String((error && error.message) || error) };
      }
    },
  };
})();`;

/** The empty page Mermaid is loaded into: white, no margins, one container. */
export const PAGE_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;' +
  'background:#fff}#out{display:inline-block}</style></head><body><div id="out"></div></body></html>';
