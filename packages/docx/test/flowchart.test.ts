import { describe, expect, test } from "vitest";
import { toDocx } from "../src/index.js";
import { PIXELS_PER_TWIP, TEXT_WIDTH } from "../src/page/page-geometry.js";
import { khaiSinh } from "./models/khai-sinh.js";
import { largeProcedure } from "./models/large-procedure.js";
import { build } from "./support/build.js";

const EMU_PER_PIXEL = 9525;
/** Height a canvas may take under the header table, the heading and a caption, in pixels. */
const PAGE_ROOM = 850;

/** Each flowchart drawing (a group of shapes) of the document: its size in pixels and its XML. */
function canvases(document: string) {
  const drawings = [...document.matchAll(/<w:drawing>([\s\S]*?)<\/w:drawing>/g)];
  return drawings
    .filter(([, xml = ""]) => xml.includes("<wpg:wgp>"))
    .map(([, xml = ""]) => {
      const [, cx = "0", cy = "0"] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml) ?? [];
      return { width: Number(cx) / EMU_PER_PIXEL, height: Number(cy) / EMU_PER_PIXEL, xml };
    });
}

/** The preset of each shape, `custom` for the drawn document symbol and `line` for an arrow. */
function shapeTypes(xml: string): string[] {
  return (xml.match(/<wps:wsp>[\s\S]*?<\/wps:wsp>/g) ?? []).map((shape) => {
    const preset = /<a:prstGeom prst="(\w+)">/.exec(shape)?.[1];
    if (preset) return preset;
    return shape.includes("<a:cubicBezTo>") ? "custom" : "line";
  });
}

/** Built once: a 60-step document takes a few seconds. */
const large = build(largeProcedure(60));

function texts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text = ""]) => text);
}

describe("native flowchart", { timeout: 60_000 }, () => {
  test("a small procedure is one canvas with a lane per actor", async () => {
    const { document } = await build(khaiSinh());
    const [canvas, ...rest] = canvases(document);
    expect(rest).toEqual([]);
    expect(texts(canvas?.xml ?? "").join("|")).toMatch(/Người yêu cầu.*Công chức.*TTPVHCC/);
  });

  test("terminals, process boxes, documents and a decision diamond, by step kind and outputs", async () => {
    const { document } = await build(khaiSinh());
    const types = shapeTypes(canvases(document)[0]?.xml ?? "");
    const count = (type: string) => types.filter((candidate) => candidate === type).length;
    expect({
      terminals: count("flowChartTerminator"),
      processes: count("flowChartProcess"),
      documents: count("custom"),
      decisions: count("flowChartDecision"),
    }).toEqual({ terminals: 2, processes: 2, documents: 3, decisions: 1 });
  });

  test("branches carry their labels", async () => {
    const { document } = await build(khaiSinh());
    expect(texts(canvases(document)[0]?.xml ?? "")).toEqual(
      expect.arrayContaining(["Đủ", "Chưa đủ"]),
    );
  });

  test("a 60-step procedure is split into canvases that each fit the page", {
    timeout: 60_000,
  }, async () => {
    const { document } = await large;
    const all = canvases(document);
    expect(all.length).toBeGreaterThan(1);
    for (const canvas of all) {
      expect(canvas.width).toBeLessThanOrEqual(TEXT_WIDTH * PIXELS_PER_TWIP);
      expect(canvas.height).toBeLessThanOrEqual(PAGE_ROOM);
    }
  });

  test("every step of a 60-step procedure is drawn once, in text no smaller than 9 pt", async () => {
    const { document } = await large;
    const all = canvases(document);
    const drawn = all.flatMap((canvas) =>
      texts(canvas.xml).flatMap((text) => /^(B\d+)\. /.exec(text)?.[1] ?? []),
    );
    expect(drawn).toEqual(Array.from({ length: 60 }, (_, index) => `B${index + 1}`));
    const sizes = all.flatMap((canvas) =>
      [...canvas.xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map(([, size]) => Number(size)),
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
  });

  test("canvases are joined by off-page connectors, a matching pair for every arrow between them", async () => {
    const { document } = await large;
    const labels = canvases(document).flatMap((canvas) =>
      (canvas.xml.match(/<wps:wsp>[\s\S]*?<\/wps:wsp>/g) ?? [])
        .filter((shape) => shape.includes('prst="flowChartOffpageConnector"'))
        .map((shape) => texts(shape).join("")),
    );
    expect(labels.length).toBeGreaterThan(0);
    const counts = new Map<string, number>();
    for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    for (const [label, count] of counts) expect([label, count % 2]).toEqual([label, 0]);
  });

  test("with more actors than lanes can hold, the chart drops lanes and still fits the page", async () => {
    const { document } = await build(largeProcedure(20, 7));
    const all = canvases(document);
    expect(all.length).toBeGreaterThan(0);
    for (const canvas of all) {
      expect(canvas.width).toBeLessThanOrEqual(TEXT_WIDTH * PIXELS_PER_TWIP);
      expect(canvas.height).toBeLessThanOrEqual(PAGE_ROOM);
      expect(texts(canvas.xml)).not.toContain("Văn thư UBND xã");
    }
  });

  test("each part after the first starts a new page under its caption", async () => {
    const { document } = await build(largeProcedure(30));
    const captions = [
      ...document.matchAll(/<w:p>((?:(?!<\/w:p>)[\s\S])*?Lưu đồ \(phần (\d+)\/(\d+)\))/g),
    ];
    expect(captions.length).toBe(canvases(document).length);
    for (const [paragraph = "", part = ""] of captions.map((match) => [match[1], match[2]])) {
      expect(paragraph.includes("<w:pageBreakBefore/>")).toBe(part !== "1");
    }
  });
});

describe("flowchart options", { timeout: 60_000 }, () => {
  test("`none` leaves the flowchart out", async () => {
    const { document } = await build(khaiSinh(), { flowchart: "none" });
    expect(canvases(document)).toEqual([]);
    expect(document).not.toContain("Lưu đồ");
  });

  test("`image` embeds the supplied PNG, scaled to fit the text width", async () => {
    const png = Uint8Array.from(
      Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
        "base64",
      ),
    );
    const { document } = await build(khaiSinh(), {
      flowchart: "image",
      image: { png, width: 1600, height: 900 },
    });
    expect(canvases(document)).toEqual([]);
    const [, cx = "0"] = /<wp:extent cx="(\d+)"/.exec(document) ?? [];
    expect(Number(cx) / EMU_PER_PIXEL).toBeLessThanOrEqual(TEXT_WIDTH * PIXELS_PER_TWIP);
    expect(document).toContain("<pic:pic");
  });

  test("`image` without an image is a programming error", () => {
    expect(() => toDocx(khaiSinh(), { flowchart: "image" })).toThrow(TypeError);
  });
});
