/**
 * A tiny mxGraph-free viewer for the tests: the page parses a `.drawio` document with the browser's
 * own DOMParser and draws its geometry as SVG (lanes, rectangles, diamonds, terminators, documents,
 * right-angled arrows and HTML labels set with `innerHTML`, as draw.io does for `html=1`).
 * `__drawio.render(xml)` returns what it found, including the shapes whose label does not fit in
 * the browser's real font; `__drawio.labels(xml)` only parses and reads labels.
 */
export const PREVIEW_SCRIPT = String.raw`(() => {
  const SVG = "http://www.w3.org/2000/svg";
  const parse = (xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    const error = doc.querySelector("parsererror");
    return error ? { error: error.textContent } : { doc };
  };
  const styleOf = (cell) => {
    const map = new Map();
    for (const part of (cell.getAttribute("style") || "").split(";")) {
      if (!part) continue;
      const at = part.indexOf("=");
      if (at < 0) map.set(part, "");
      else map.set(part.slice(0, at), part.slice(at + 1));
    }
    return map;
  };
  const labelElement = (value) => {
    const div = document.createElement("div");
    div.innerHTML = value;
    return div;
  };
  const shownText = (div) => {
    const copy = div.cloneNode(true);
    for (const br of copy.querySelectorAll("br")) br.replaceWith("\n");
    return copy.textContent;
  };
  const elementsIn = (div) => [...div.querySelectorAll("*")].map((el) => el.tagName.toLowerCase());
  const readLabels = (doc) => [...doc.querySelectorAll("mxCell")].map((cell) => {
    const div = labelElement(cell.getAttribute("value") || "");
    return { id: cell.getAttribute("id"), text: shownText(div), elements: elementsIn(div) };
  });
  const el = (name, attrs, parent) => {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
    parent.appendChild(node);
    return node;
  };
  const label = (svg, box, value, style, options = {}) => {
    if (!value) return;
    const fo = el("foreignObject", { x: box.x, y: box.y, width: box.width, height: box.height }, svg);
    const div = labelElement(value);
    const left = Number(style.get("spacingLeft") || 0);
    const right = Number(style.get("spacingRight") || 0);
    Object.assign(div.style, {
      width: box.width + "px", height: box.height + "px", boxSizing: "border-box",
      display: "flex", alignItems: options.top ? "flex-start" : "center", justifyContent: "center",
      textAlign: "center", padding: "2px " + (right + 2) + "px 2px " + (left + 2) + "px",
      fontFamily: '"' + (style.get("fontFamily") || "serif") + '", "Liberation Serif", serif',
      fontSize: (style.get("fontSize") || 12) + "px", lineHeight: "1.2",
      fontWeight: style.get("fontStyle") === "1" ? "bold" : "normal", overflowWrap: "break-word",
      background: options.background || "transparent",
    });
    if (options.rotate) {
      Object.assign(div.style, { width: box.height + "px", height: box.width + "px",
        transform: "translate(0px," + box.height + "px) rotate(-90deg)", transformOrigin: "0 0" });
    }
    fo.appendChild(div);
    return div;
  };
  const render = (xml) => {
    const parsed = parse(xml);
    if (parsed.error) return { error: parsed.error };
    const cells = [...parsed.doc.querySelectorAll("mxCell")];
    const byId = new Map(cells.map((cell) => [cell.getAttribute("id"), cell]));
    const boxes = new Map();
    const boxOf = (cell) => {
      const id = cell.getAttribute("id");
      if (boxes.has(id)) return boxes.get(id);
      const g = cell.querySelector(":scope > mxGeometry");
      if (!g || cell.getAttribute("vertex") !== "1") return undefined;
      const parent = byId.get(cell.getAttribute("parent"));
      const origin = parent && parent.getAttribute("vertex") === "1" ? boxOf(parent) : { x: 0, y: 0 };
      const box = { x: origin.x + Number(g.getAttribute("x") || 0), y: origin.y + Number(g.getAttribute("y") || 0),
        width: Number(g.getAttribute("width")), height: Number(g.getAttribute("height")) };
      boxes.set(id, box);
      return box;
    };
    const vertices = cells.filter((cell) => cell.getAttribute("vertex") === "1");
    const shapeLabels = [];
    let width = 0, height = 0;
    for (const cell of vertices) {
      const box = boxOf(cell);
      width = Math.max(width, box.x + box.width);
      height = Math.max(height, box.y + box.height);
    }
    const out = document.getElementById("out");
    out.replaceChildren();
    const svg = el("svg", { xmlns: SVG, width: width + 20, height: height + 20, viewBox: "-10 -10 " + (width + 20) + " " + (height + 20) }, out);
    el("rect", { x: -10, y: -10, width: width + 20, height: height + 20, fill: "#fff" }, svg);
    const defs = el("defs", {}, svg);
    const marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: "auto-start-reverse" }, defs);
    el("path", { d: "M0,0 L10,5 L0,10 z", fill: "#000" }, marker);
    const stroke = { fill: "#fff", stroke: "#000", "stroke-width": 1 };
    for (const cell of vertices) {
      const s = styleOf(cell);
      const b = boxOf(cell);
      const value = cell.getAttribute("value") || "";
      if (s.has("swimlane")) {
        const header = Number(s.get("startSize") || 0);
        const across = s.get("horizontal") === "0";
        el("rect", { x: b.x, y: b.y, width: b.width, height: b.height, fill: "none", stroke: "#000" }, svg);
        const strip = across ? { x: b.x, y: b.y, width: header, height: b.height } : { x: b.x, y: b.y, width: b.width, height: header };
        el("rect", { ...strip, fill: "#f2f2f2", stroke: "#000" }, svg);
        label(svg, strip, value, s, { rotate: across });
        continue;
      }
      if (s.has("text")) { label(svg, b, value, s); continue; }
      shapeLabels.push([cell.getAttribute("id"), b, value, s]);
      const shape = s.get("shape");
      if (s.has("rhombus")) {
        el("polygon", { points: [[b.x + b.width / 2, b.y], [b.x + b.width, b.y + b.height / 2], [b.x + b.width / 2, b.y + b.height], [b.x, b.y + b.height / 2]].join(" "), ...stroke }, svg);
      } else if (shape === "mxgraph.flowchart.terminator") {
        el("rect", { x: b.x, y: b.y, width: b.width, height: b.height, rx: b.height / 2, ...stroke }, svg);
      } else if (shape === "mxgraph.flowchart.document" || shape === "mxgraph.flowchart.multi-document") {
        const page = (x, y, w, h) => el("path", { d: "M" + x + "," + y + " h" + w + " v" + (h * 0.85) + " c" + (-w / 4) + "," + (-h * 0.2) + " " + (-w / 4) + "," + (h * 0.2) + " " + (-w / 2) + ",0 c" + (-w / 4) + "," + (-h * 0.2) + " " + (-w / 4) + "," + (h * 0.2) + " " + (-w / 2) + ",0 z", ...stroke }, svg);
        if (shape.endsWith("multi-document")) { page(b.x + 8, b.y, b.width - 8, b.height - 8); page(b.x + 4, b.y + 4, b.width - 8, b.height - 8); page(b.x, b.y + 8, b.width - 8, b.height - 8); }
        else page(b.x, b.y, b.width, b.height);
      } else {
        el("rect", { x: b.x, y: b.y, width: b.width, height: b.height, ...stroke }, svg);
      }
    }
    const overflows = [];
    for (const [id, b, value, s] of shapeLabels) {
      const div = label(svg, b, value, s);
      if (div && (div.scrollHeight > b.height + 1 || div.scrollWidth > b.width + 1)) overflows.push(id);
    }
    const edges = cells.filter((cell) => cell.getAttribute("edge") === "1");
    for (const cell of edges) {
      const s = styleOf(cell);
      const from = boxOf(byId.get(cell.getAttribute("source")));
      const to = boxOf(byId.get(cell.getAttribute("target")));
      const port = (b, end) => ({ x: b.x + b.width * Number(s.get(end + "X") || 0.5), y: b.y + b.height * Number(s.get(end + "Y") || 0.5) });
      const points = [port(from, "exit"), ...[...cell.querySelectorAll("mxPoint")].map((p) => ({ x: Number(p.getAttribute("x")), y: Number(p.getAttribute("y")) })), port(to, "entry")];
      el("polyline", { points: points.map((p) => p.x + "," + p.y).join(" "), fill: "none", stroke: "#000", "stroke-dasharray": s.get("dashed") === "1" ? "5,4" : "none", "marker-end": "url(#arrow)" }, svg);
      const value = cell.getAttribute("value") || "";
      if (value) {
        const lengths = points.slice(1).map((p, i) => Math.abs(p.x - points[i].x) + Math.abs(p.y - points[i].y));
        const g = cell.querySelector(":scope > mxGeometry");
        const along = (Number(g && g.getAttribute("x")) || 0) + 1;
        let half = lengths.reduce((a, b) => a + b, 0) * along / 2, at = points[0];
        for (let i = 0; i < lengths.length; i++) {
          if (half <= lengths[i]) { const t = half / (lengths[i] || 1); at = { x: points[i].x + (points[i + 1].x - points[i].x) * t, y: points[i].y + (points[i + 1].y - points[i].y) * t }; break; }
          half -= lengths[i];
        }
        const text = shownText(labelElement(value));
        const w = Math.max(24, text.length * 6 + 8);
        label(svg, { x: at.x - w / 2, y: at.y - 8, width: w, height: 16 }, value, s, { background: "#fff" });
      }
    }
    return { width: width + 20, height: height + 20, cells: cells.length, labels: readLabels(parsed.doc), overflows };
  };
  window.__drawio = {
    render,
    labels: (xml) => { const parsed = parse(xml); return parsed.error ? { error: parsed.error } : { labels: readLabels(parsed.doc) }; },
  };
})();`;

/** The empty page the preview draws into. */
export const PREVIEW_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}' +
  '#out{display:inline-block}</style></head><body><div id="out"></div></body></html>';
